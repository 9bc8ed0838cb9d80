import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { decodeSessionCookies } from "@/lib/auth/session-cookie";

// lib/auth/session-cookie.ts reads the session cookie with Auth.js's own decode, without
// its request pipeline: it must read what Auth.js writes, joined from chunks as Auth.js
// joins them, and nothing else.
const SECRET = "unit-test-secret-not-for-production-0001";
const NAME = "authjs.session-token";
const options = { cookieName: NAME, secrets: [SECRET] };
const claims = { uid: "4b1f6c8e-0000-4000-8000-000000000001", sid: "4b1f6c8e-0000-4000-8000-000000000002", sv: 3 };

const flip = (token: string, index: number) =>
  token
    .split(".")
    .map((part, i) => {
      if (i !== index) return part;
      const bytes = Buffer.from(part, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString("base64url");
    })
    .join(".");

describe("reading the session cookie", () => {
  it("reads what Auth.js wrote: the person, the session and its version", async () => {
    const token = await encode({ token: { ...claims, name: "A Person" }, secret: SECRET, salt: NAME, maxAge: 600 });
    expect(await decodeSessionCookies([{ name: "other", value: "x" }, { name: NAME, value: token }], options)).toEqual(claims);
  });

  it("joins a token split into chunks in their order, whatever order they arrive in", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME });
    const third = Math.ceil(token.length / 3);
    const chunks = [0, 1, 2].map((i) => ({ name: `${NAME}.${i}`, value: token.slice(i * third, (i + 1) * third) }));
    expect(await decodeSessionCookies([chunks[2]!, chunks[0]!, chunks[1]!], options)).toEqual(claims);
  });

  it("finds the key among rotated secrets", async () => {
    const token = await encode({ token: claims, secret: "the-older-secret-0000000000000000000", salt: NAME });
    expect(await decodeSessionCookies([{ name: NAME, value: token }], { cookieName: NAME, secrets: [SECRET, "the-older-secret-0000000000000000000"] })).toEqual(claims);
  });

  it("has no session for another secret, another cookie name, an altered byte or an expired token", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME });
    expect(await decodeSessionCookies([{ name: NAME, value: token }], { cookieName: NAME, secrets: ["another-secret-00000000000000000000"] })).toBeNull();
    const secureName = `__Secure-${NAME}`;
    expect(await decodeSessionCookies([{ name: secureName, value: token }], { cookieName: secureName, secrets: [SECRET] })).toBeNull();
    for (const index of [0, 2, 3, 4]) expect(await decodeSessionCookies([{ name: NAME, value: flip(token, index) }], options), `part ${index}`).toBeNull();
    const expired = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: -20 });
    expect(await decodeSessionCookies([{ name: NAME, value: expired }], options)).toBeNull();
    expect(await decodeSessionCookies([], options)).toBeNull();
    expect(await decodeSessionCookies([{ name: NAME, value: "not.a.token" }], options)).toBeNull();
  });
});
