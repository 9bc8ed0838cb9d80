import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { LRUCache } from "lru-cache";
import { settings } from "@/lib/settings";
import { isHttpsSite } from "@/lib/site";

// Reads the Auth.js session cookie (lib/auth/config.ts) for every page, action and route
// handler through getSessionState, with Auth.js's own `decode` (next-auth/jwt: its
// secrets, salt, key derivation, algorithms and 15 s clock tolerance; jose underneath).
// No cryptography of our own.
//
// Why not `auth()`: in a Server Component it runs the whole Auth.js request pipeline for
// a cookie it cannot set (a Request, a CSRF token and its hash, the decode, the callbacks,
// a fresh token encrypted again, a JSON Response parsed back): about a tenth of a
// signed-in newsroom page's CPU time (docs/writing-desk.md, "The newsroom list"). Only
// the decode is needed: the cookie names the person and the session row, and the
// database decides on every request whether both are still valid (lib/auth/sessions.ts).

export type SessionToken = { uid?: string; sid?: string; sv?: number };

type Cookie = { name: string; value: string };

// Auth.js names the cookie after the site's scheme (useSecureCookies in lib/auth/config.ts).
export function sessionCookieName(): string {
  return `${isHttpsSite() ? "__Secure-" : ""}authjs.session-token`;
}

/** The session cookie's payload, or null when there is none or it does not decrypt (or has expired). */
export async function readSessionToken(): Promise<SessionToken | null> {
  // The one secret Auth.js signs with (lib/settings.ts validates it at start).
  const secret = settings().AUTH_SECRET;
  return decodeSessionCookies((await cookies()).getAll(), { cookieName: sessionCookieName(), secrets: secret ? [secret] : [] });
}

// Decoded cookies, kept by their exact text (with the secrets and cookie name that
// decoded them). Decoding derives a key (HKDF) and decrypts through WebCrypto on every
// request, about 1.3 ms of CPU (docs/writing-desk.md, "The newsroom list"), for a cookie
// that stays the same for hours. Only a cookie Auth.js accepted is kept, so a forged one
// is never in here and costs the full decode every time. What the memo does not change:
// - the database still decides on every request (resolveSession reads the session row
//   and the person): "Sign out", a password change, a deactivation or an ended session
//   refuse a memoised cookie exactly as before, since none of them ever relied on the
//   cookie failing to decode;
// - the expiry: a kept cookie is used only until its `exp`; after it, it is decoded
//   again, and Auth.js's decode (with its clock tolerance) gives the verdict;
// - a changed secret is another key here, so it decodes afresh.
// Bounded (an entry is a cookie of about half a kilobyte): past the bound, the least
// recently used cookie is decoded again when it comes back.
const MEMO_MAX = 5_000;
type Memo = { token: SessionToken; expiresAtMs: number };
const holder = globalThis as unknown as { datelineSessionCookieMemo?: LRUCache<string, Memo> };
const memo = (holder.datelineSessionCookieMemo ??= new LRUCache<string, Memo>({ max: MEMO_MAX }));

/** Forgets every decoded cookie (tests). */
export function forgetDecodedSessionCookies(): void {
  memo.clear();
}

/**
 * The session named by these request cookies, decoded by Auth.js. A long token is split
 * into name.0, name.1, … (Auth.js's SessionStore): joined in order, as Auth.js joins them.
 */
export async function decodeSessionCookies(all: readonly Cookie[], options: { cookieName: string; secrets: string[] }): Promise<SessionToken | null> {
  const { cookieName: name } = options;
  const token = all
    .filter((c) => c.value && (c.name === name || (c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))))
    .sort((a, b) => chunkIndex(a.name, name) - chunkIndex(b.name, name))
    .map((c) => c.value)
    .join("");
  if (!token || options.secrets.length === 0) return null;
  const key = `${name}\n${options.secrets.join("\n")}\n${token}`;
  const kept = memo.get(key);
  if (kept && Date.now() < kept.expiresAtMs) return { ...kept.token };
  if (kept) memo.delete(key);
  try {
    const payload = await decode({ token, secret: options.secrets, salt: name });
    if (!payload) return null;
    const session: SessionToken = {
      uid: typeof payload.uid === "string" ? payload.uid : undefined,
      sid: typeof payload.sid === "string" ? payload.sid : undefined,
      sv: Number(payload.sv ?? 0),
    };
    // Auth.js always writes `exp`; a token without one is decoded every time.
    if (typeof payload.exp === "number") memo.set(key, { token: session, expiresAtMs: payload.exp * 1000 });
    return { ...session };
  } catch {
    // Tampered with, expired or from another secret: no session, as Auth.js would say.
    return null;
  }
}

function chunkIndex(cookieName: string, name: string): number {
  return cookieName === name ? 0 : Number(cookieName.slice(name.length + 1));
}
