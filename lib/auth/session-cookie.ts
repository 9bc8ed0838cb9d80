import "server-only";
import { createDecipheriv, createHmac, createSecretKey, hkdfSync, timingSafeEqual, type KeyObject } from "node:crypto";
import { cookies } from "next/headers";
import { base64url, calculateJwkThumbprint, jwtDecrypt } from "jose";
import { isHttpsSite } from "@/lib/site";

// Reads the Auth.js session cookie (lib/auth/config.ts) as Auth.js's own `decode` does
// (@auth/core/jwt: the same secrets, salt, key derivation, algorithms and 15 s clock
// tolerance), for every page, action and route handler through getSessionState.
//
// Why not `auth()`: in a Server Component it runs the whole Auth.js request pipeline for
// a cookie it cannot set (a Request, a CSRF token and its hash, the decode, the callbacks,
// a fresh token encrypted again, a JSON Response parsed back), and derives the encryption
// key with HKDF and hashes its thumbprint twice on every request: about a tenth of a
// signed-in newsroom page's CPU time (docs/writing-desk.md, "The newsroom list"). Here the
// keys are derived once per process and secret. The cookie is still authenticated,
// decrypted and its expiry checked on every request, and the database still decides on
// every request whether the session and the person are still valid (lib/auth/sessions.ts).
//
// The token Auth.js writes (alg "dir", enc A256CBC-HS512, RFC 7516/7518 5.2.2) is
// checked and decrypted here with node:crypto's synchronous HMAC and AES, with keys made
// once: jose's WebCrypto path imports two keys and queues four crypto jobs per request,
// as much CPU again as the rest of reading the session. Any other shape of token (A256GCM,
// which Auth.js also accepts, or an unexpected header) goes to jose's jwtDecrypt as before.

export type SessionToken = { uid?: string; sid?: string; sv?: number };

const ALGORITHM = "dir";
const ENCRYPTIONS = ["A256CBC-HS512", "A256GCM"] as const;
type Encryption = (typeof ENCRYPTIONS)[number];
type DerivedKey = { key: Uint8Array; thumbprint: string; mac?: KeyObject; aes?: Buffer };

// As next-auth sets them: AUTH_SECRET (or NEXTAUTH_SECRET); without either, Auth.js's
// rotation list AUTH_SECRET_3, _2, _1.
function secrets(): string[] {
  const single = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (single) return [single];
  return [3, 2, 1].map((i) => process.env[`AUTH_SECRET_${i}`]).filter((s): s is string => Boolean(s));
}

// Auth.js names the cookie after the site's scheme (useSecureCookies in lib/auth/config.ts).
export function sessionCookieName(): string {
  return `${isHttpsSite() ? "__Secure-" : ""}authjs.session-token`;
}

const derived = new Map<string, Promise<DerivedKey>>();

function derive(encryption: Encryption, secret: string, salt: string): Promise<DerivedKey> {
  const id = `${encryption}\u0000${salt}\u0000${secret}`;
  let found = derived.get(id);
  if (!found) {
    const length = encryption === "A256GCM" ? 32 : 64;
    const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
    // A256CBC-HS512's key is the MAC key (first half) and the AES-256 key (second half).
    const halves = length === 64 ? { mac: createSecretKey(key.subarray(0, 32)), aes: Buffer.from(key.subarray(32)) } : {};
    found = calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, length === 64 ? "sha512" : "sha256").then((thumbprint) => ({ key, thumbprint, ...halves }));
    derived.set(id, found);
  }
  return found;
}

/** The session cookie's payload, or null when there is none or it does not decrypt (or has expired). */
export async function readSessionToken(): Promise<SessionToken | null> {
  const name = sessionCookieName();
  const jar = await cookies();
  // A long token is split into name.0, name.1, … (Auth.js's SessionStore); joined in order.
  const chunks = jar
    .getAll()
    .filter((c) => c.value && (c.name === name || (c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))))
    .sort((a, b) => chunkIndex(a.name, name) - chunkIndex(b.name, name));
  const token = chunks.map((c) => c.value).join("");
  if (!token) return null;
  const keys = secrets();
  if (keys.length === 0) return null;
  try {
    const payload = (await decryptCbcHs512(token, keys, name)) ?? (await decryptWithJose(token, keys, name));
    return {
      uid: typeof payload.uid === "string" ? payload.uid : undefined,
      sid: typeof payload.sid === "string" ? payload.sid : undefined,
      sv: Number(payload.sv ?? 0),
    };
  } catch {
    // Tampered with, expired or from another secret: no session, as Auth.js would say.
    return null;
  }
}

const CLOCK_TOLERANCE_SECONDS = 15;

/**
 * The token Auth.js writes, checked and decrypted; undefined when it has another shape
 * (for jose to read). Throws when it has this shape and fails: wrong key, altered bytes,
 * expired.
 */
export async function decryptCbcHs512(token: string, keys: string[], salt: string): Promise<Record<string, unknown> | undefined> {
  const parts = token.split(".");
  if (parts.length !== 5 || parts[1] !== "") return undefined;
  const [protectedHeader, , ivText, cipherText, tagText] = parts as [string, string, string, string, string];
  let header: unknown;
  try {
    header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isPlainObject(header) || header.alg !== ALGORITHM || header.enc !== "A256CBC-HS512") return undefined;
  // Only the header Auth.js writes; "zip", "crit" or anything else is jose's to judge.
  if (Object.keys(header).some((k) => k !== "alg" && k !== "enc" && k !== "kid")) return undefined;
  const kid = header.kid;
  if (kid !== undefined && typeof kid !== "string") return undefined;
  let derivedKey: DerivedKey | undefined;
  for (const secret of keys) {
    const candidate = await derive("A256CBC-HS512", secret, salt);
    if (kid === undefined || kid === candidate.thumbprint) {
      derivedKey = candidate;
      break;
    }
  }
  if (!derivedKey?.mac || !derivedKey.aes) throw new Error("no matching decryption secret");
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  const cipher = Buffer.from(cipherText, "base64url");
  if (iv.length !== 16 || tag.length !== 32 || cipher.length === 0 || cipher.length % 16 !== 0) throw new Error("malformed JWE");
  // RFC 7518 5.2.2.2: the tag is the first half of HMAC-SHA-512(AAD || IV || ciphertext || AAD length in bits).
  const aad = Buffer.from(protectedHeader, "ascii");
  const aadBits = Buffer.alloc(8);
  aadBits.writeBigUInt64BE(BigInt(aad.length) * 8n);
  const expected = createHmac("sha512", derivedKey.mac).update(aad).update(iv).update(cipher).update(aadBits).digest().subarray(0, 32);
  if (!timingSafeEqual(expected, tag)) throw new Error("JWE authentication failed");
  const decipher = createDecipheriv("aes-256-cbc", derivedKey.aes, iv);
  const plain = Buffer.concat([decipher.update(cipher), decipher.final()]);
  const payload: unknown = JSON.parse(plain.toString("utf8"));
  if (!isPlainObject(payload)) throw new Error("JWT payload is not an object");
  checkClaimTimes(payload, Math.floor(Date.now() / 1000));
  return payload;
}

// As jose's jwtDecrypt: iat, nbf and exp are numbers when present; not before nbf and
// not after exp, each with the tolerance Auth.js gives.
function checkClaimTimes(payload: Record<string, unknown>, now: number): void {
  for (const claim of ["iat", "nbf", "exp"]) {
    if (payload[claim] !== undefined && (typeof payload[claim] !== "number" || !Number.isFinite(payload[claim]))) throw new Error(`"${claim}" is not a number`);
  }
  if (typeof payload.nbf === "number" && payload.nbf > now + CLOCK_TOLERANCE_SECONDS) throw new Error("not yet valid");
  if (typeof payload.exp === "number" && payload.exp <= now - CLOCK_TOLERANCE_SECONDS) throw new Error("expired");
}

async function decryptWithJose(token: string, keys: string[], salt: string): Promise<Record<string, unknown>> {
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      if (!ENCRYPTIONS.includes(enc as Encryption)) throw new Error("Unsupported JWT Content Encryption Algorithm");
      for (const secret of keys) {
        const { key, thumbprint } = await derive(enc as Encryption, secret, salt);
        if (kid === undefined || kid === thumbprint) return key;
      }
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: CLOCK_TOLERANCE_SECONDS, keyManagementAlgorithms: [ALGORITHM], contentEncryptionAlgorithms: [...ENCRYPTIONS] },
  );
  return payload;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function chunkIndex(cookieName: string, name: string): number {
  return cookieName === name ? 0 : Number(cookieName.slice(name.length + 1));
}
