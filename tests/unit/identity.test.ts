import { beforeAll, describe, expect, it } from "vitest";
import { describeDevice } from "@/lib/auth/sessions";
import { open, seal } from "@/lib/auth/secret-box";
import { hashRecoveryCode, normalizeRecoveryCode } from "@/lib/users/recovery-codes";
import { reloadSettings } from "@/lib/settings";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "identity-unit-test-secret-not-for-production-use";
  reloadSettings();
});

describe("session devices", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0", "Edge on Windows"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari on macOS"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari on iOS"],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on Linux"],
    ["Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36", "Chrome on Android"],
    ["", "Unknown device"],
    ["curl/8.5.0", "Unknown browser on an unknown system"],
  ])("%s → %s", (ua, label) => expect(describeDevice(ua)).toBe(label));

  it("reads only the first 512 characters of a huge header", () => {
    expect(describeDevice(`${"x".repeat(600)} Firefox/133.0 (Windows)`)).toBe("Unknown browser on an unknown system");
  });
});

describe("sealed secrets", () => {
  it("open only for the purpose and context they were sealed for", () => {
    const sealed = seal("totp-secret", "user-a", "JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", "user-a", sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(open("totp-secret", "user-b", sealed)).toBeNull();
    expect(open("totp-setup", "user-a", sealed)).toBeNull();
    const [v, iv, body, tag] = sealed.split(".");
    // Flip one bit of the ciphertext's bytes (editing a base64 character can land in padding bits and change nothing).
    const bytes = Buffer.from(body!, "base64url");
    bytes[0] = bytes[0]! ^ 0x01;
    const flipped = `${v}.${iv}.${bytes.toString("base64url")}.${tag}`;
    expect(flipped).not.toBe(sealed);
    expect(open("totp-secret", "user-a", flipped)).toBeNull();
    expect(open("totp-secret", "user-a", "not sealed")).toBeNull();
  });
});

describe("recovery codes", () => {
  it("match however they are typed", () => {
    expect(normalizeRecoveryCode(" ABCDE-fghjk ")).toBe("abcdefghjk");
    expect(hashRecoveryCode("abcde-fghjk")).toBe(hashRecoveryCode("ABCDEFGHJK"));
  });
});
