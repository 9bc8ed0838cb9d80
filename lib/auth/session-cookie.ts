import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
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
  try {
    const payload = await decode({ token, secret: options.secrets, salt: name });
    if (!payload) return null;
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

function chunkIndex(cookieName: string, name: string): number {
  return cookieName === name ? 0 : Number(cookieName.slice(name.length + 1));
}
