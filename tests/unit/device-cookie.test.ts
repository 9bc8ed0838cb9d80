import { beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { deviceCookieName, deviceCookieOptions, issueDeviceToken, readTrustedDevice } from "@/lib/auth/device-cookie";
import { reloadSettings } from "@/lib/settings";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "device-cookie-unit-test-secret-not-for-production";
});

describe("device cookies", () => {
  it("names the device for the account it was issued to, and only that account", async () => {
    const token = await issueDeviceToken("Editor@Example.test");
    const device = await readTrustedDevice(token, "editor@example.test");
    expect(device?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readTrustedDevice(token, " EDITOR@example.test ")).toEqual(device);
    expect(await readTrustedDevice(token, "someone-else@example.test")).toBeNull();
    // Each sign-in issues a new device id.
    expect((await readTrustedDevice(await issueDeviceToken("editor@example.test"), "editor@example.test"))?.id).not.toBe(device?.id);
  });

  it("refuses tampered, foreign, expired and oversized cookies", async () => {
    const token = await issueDeviceToken("editor@example.test");
    const flipped = token.slice(0, -5) + (token.at(-5) === "A" ? "B" : "A") + token.slice(-4);
    expect(await readTrustedDevice(flipped, "editor@example.test")).toBeNull();
    expect(await readTrustedDevice("not a token", "editor@example.test")).toBeNull();
    expect(await readTrustedDevice(undefined, "editor@example.test")).toBeNull();
    expect(await readTrustedDevice("x".repeat(5_000), "editor@example.test")).toBeNull();
    // A session token (same secret, Auth.js's own salt) is not a device cookie.
    const session = await encode({ token: { email: "editor@example.test" }, secret: process.env.AUTH_SECRET!, salt: "authjs.session-token" });
    expect(await readTrustedDevice(session, "editor@example.test")).toBeNull();
    // Issued with another secret.
    const foreign = await encode({ token: { email: "editor@example.test" }, secret: "another-secret-another-secret-another", salt: "dateline.device-cookie" });
    expect(await readTrustedDevice(foreign, "editor@example.test")).toBeNull();
    // Expired (past Auth.js's 15-second clock tolerance).
    const expired = await encode({ token: { email: "editor@example.test" }, secret: process.env.AUTH_SECRET!, salt: "dateline.device-cookie", maxAge: -60 });
    expect(await readTrustedDevice(expired, "editor@example.test")).toBeNull();
  });

  it("is HttpOnly and Lax, and Secure with a __Secure- name exactly when the public address is https", () => {
    const saved = { SITE_URL: process.env.SITE_URL, AUTH_URL: process.env.AUTH_URL };
    try {
      delete process.env.AUTH_URL;
      process.env.SITE_URL = "http://localhost:3000";
      reloadSettings();
      expect(deviceCookieName()).toBe("dateline.device");
      expect(deviceCookieOptions()).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
      process.env.SITE_URL = "https://news.example.com";
      reloadSettings();
      expect(deviceCookieName()).toBe("__Secure-dateline.device");
      expect(deviceCookieOptions().secure).toBe(true);
      expect(deviceCookieOptions().maxAge).toBeGreaterThan(30 * 24 * 3600);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      reloadSettings();
    }
  });
});
