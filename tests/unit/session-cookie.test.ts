import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionCookies, forgetDecodedSessionCookies } from "@/lib/auth/session-cookie";

// Auth.js's decode itself, counted: the memo below must call it once per cookie.
vi.mock("next-auth/jwt", async (original) => {
  const actual = await original<typeof import("next-auth/jwt")>();
  return { ...actual, decode: vi.fn(actual.decode) };
});

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

// The memo of decoded cookies (lib/auth/session-cookie.ts): a cookie is decoded once and
// then read from memory, but only until its expiry and only with the secrets and cookie
// name that decoded it.
describe("the memo of decoded cookies", () => {
  beforeEach(() => {
    forgetDecodedSessionCookies();
    vi.mocked(decode).mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it("decodes a cookie once, then answers from memory with the same claims", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: 600 });
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
  });

  it("refuses a memoised cookie once it has expired (Auth.js decides again, with its tolerance)", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: 60 });
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    // Past `exp` but within Auth.js's 15 s tolerance: decoded again, still accepted.
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(2);
    vi.setSystemTime(Date.now() + 30_000);
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toBeNull();
  });

  it("does not answer from memory for another secret or another cookie name", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: 600 });
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
    expect(await decodeSessionCookies([{ name: NAME, value: token }], { cookieName: NAME, secrets: ["another-secret-00000000000000000000"] })).toBeNull();
    const secureName = `__Secure-${NAME}`;
    expect(await decodeSessionCookies([{ name: secureName, value: token }], { cookieName: secureName, secrets: [SECRET] })).toBeNull();
  });

  it("never keeps a cookie that did not decode", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: 600 });
    const altered = flip(token, 4);
    expect(await decodeSessionCookies([{ name: NAME, value: altered }], options)).toBeNull();
    expect(await decodeSessionCookies([{ name: NAME, value: altered }], options)).toBeNull();
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(2);
  });

  it("hands out a copy: changing an answer does not change the next one", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: NAME, maxAge: 600 });
    const first = (await decodeSessionCookies([{ name: NAME, value: token }], options))!;
    first.uid = "someone-else";
    expect(await decodeSessionCookies([{ name: NAME, value: token }], options)).toEqual(claims);
  });
});
