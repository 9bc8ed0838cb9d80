import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decryptCbcHs512 } from "@/lib/auth/session-cookie";

// lib/auth/session-cookie.ts reads Auth.js's session token with node:crypto rather than
// jose's WebCrypto path: it must accept exactly what Auth.js's own decode accepts.
const SECRET = "unit-test-secret-not-for-production-0001";
const SALT = "authjs.session-token";
const claims = { uid: "4b1f6c8e-0000-4000-8000-000000000001", sid: "4b1f6c8e-0000-4000-8000-000000000002", sv: 3, name: "A Person" };

const flip = (part: string) => {
  const bytes = Buffer.from(part, "base64url");
  bytes[0] = bytes[0]! ^ 1;
  return bytes.toString("base64url");
};
const withPart = (token: string, index: number, change: (part: string) => string) =>
  token
    .split(".")
    .map((p, i) => (i === index ? change(p) : p))
    .join(".");

describe("reading the session cookie", () => {
  it("reads what Auth.js wrote, as Auth.js's decode does", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: 600 });
    const ours = await decryptCbcHs512(token, [SECRET], SALT);
    expect(ours).toMatchObject(claims);
    expect(ours).toEqual(await decode({ token, secret: SECRET, salt: SALT }));
  });

  it("finds the key by its id among several secrets", async () => {
    const token = await encode({ token: claims, secret: "the-older-secret-0000000000000000000", salt: SALT });
    expect(await decryptCbcHs512(token, [SECRET, "the-older-secret-0000000000000000000"], SALT)).toMatchObject(claims);
  });

  it("refuses another secret, another cookie name (salt) and any altered byte", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SALT });
    await expect(decryptCbcHs512(token, ["another-secret-00000000000000000000"], SALT)).rejects.toThrow();
    await expect(decryptCbcHs512(token, [SECRET], "__Secure-authjs.session-token")).rejects.toThrow();
    for (const index of [2, 3, 4]) await expect(decryptCbcHs512(withPart(token, index, flip), [SECRET], SALT)).rejects.toThrow();
    // A header changed by one character no longer matches the tag (it is the AAD).
    const header = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString());
    const reordered = Buffer.from(JSON.stringify({ enc: header.enc, alg: header.alg, kid: header.kid })).toString("base64url");
    await expect(decryptCbcHs512(withPart(token, 0, () => reordered), [SECRET], SALT)).rejects.toThrow();
  });

  it("refuses an expired token (after Auth.js's 15 s tolerance)", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SALT, maxAge: -20 });
    await expect(decryptCbcHs512(token, [SECRET], SALT)).rejects.toThrow("expired");
    await expect(decode({ token, secret: SECRET, salt: SALT })).rejects.toThrow();
  });

  it("leaves other shapes to jose (undefined), never accepting them itself", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: SALT });
    const zipped = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256CBC-HS512", zip: "DEF" })).toString("base64url");
    expect(await decryptCbcHs512(withPart(token, 0, () => zipped), [SECRET], SALT)).toBeUndefined();
    const gcm = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString("base64url");
    expect(await decryptCbcHs512(withPart(token, 0, () => gcm), [SECRET], SALT)).toBeUndefined();
    expect(await decryptCbcHs512("not.a.token", [SECRET], SALT)).toBeUndefined();
    expect(await decryptCbcHs512(withPart(token, 1, () => "abc"), [SECRET], SALT)).toBeUndefined();
  });
});
