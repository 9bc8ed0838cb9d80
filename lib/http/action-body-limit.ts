import "server-only";
import { getToken } from "next-auth/jwt";
import { formatBytes, refuseBodyByHeaders, type BodyRefusal } from "@/lib/http/read-limited-body";

// Server actions and their bodies, checked in proxy.ts before Next reads a byte.
//
// Next looks an action up by its id (the Next-Action header, or the form's hidden field
// without JavaScript), whatever the path it is posted to, and reads the body up to
// `experimental.serverActions.bodySizeLimit` for every action alike, before the action
// can look at who is asking. So the cap is decided here, for every path, from who is
// asking:
// - no signed session (anyone on the internet; set-password and sign-out are the only
//   actions that can succeed without one): ANONYMOUS_ACTION_BODY_LIMIT, which the
//   set-password form (two passwords of at most 256 characters and a token) fits many
//   times over;
// - a session cookie that Auth.js can decrypt with this deployment's secret (a member of
//   staff, signed in at some point in the last 12 hours): up to ACTION_BODY_LIMIT, Next's
//   own limit, which an article save needs (a 512 KB document, sent as JSON text, can be
//   3 times as many bytes in UTF-8 and escapes; see docs/security.md).
// A body that does not declare its length (chunked) is refused either way.
export const ANONYMOUS_ACTION_BODY_LIMIT = 8 * 1024;
// Keep equal to experimental.serverActions.bodySizeLimit in next.config.js.
export const ACTION_BODY_LIMIT = 4 * 1024 * 1024;

type ActionRequest = { method: string; headers: Headers; nextUrl: { pathname: string } };

// What Next treats as a possible server action (next/dist/server/lib/server-action-request-meta).
export function isPossibleServerAction(request: ActionRequest): boolean {
  if (request.method !== "POST") return false;
  // Route handlers never run actions, and set their own caps.
  const path = request.nextUrl.pathname;
  if (path.startsWith("/api/") || path === "/login/submit") return false;
  const contentType = request.headers.get("content-type") ?? "";
  return request.headers.has("next-action") || contentType.startsWith("multipart/form-data") || contentType === "application/x-www-form-urlencoded";
}

export async function refuseOversizedAction(request: ActionRequest): Promise<BodyRefusal | null> {
  if (!isPossibleServerAction(request)) return null;
  const overall = refuseBodyByHeaders(request.headers, ACTION_BODY_LIMIT);
  if (overall) return overall;
  if (!refuseBodyByHeaders(request.headers, ANONYMOUS_ACTION_BODY_LIMIT)) return null;
  if (await hasSignedSession(request.headers)) return null;
  return {
    status: 413,
    message: `Without a signed-in session a form may send at most ${formatBytes(ANONYMOUS_ACTION_BODY_LIMIT)}, and this one is larger, so it was not read. Nothing was changed. Sign in and try again.`,
  };
}

// Only decrypts the cookie (no database): whether the session is still valid is checked
// by the action itself, as always. A forged or foreign cookie does not decrypt.
async function hasSignedSession(headers: Headers): Promise<boolean> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return false;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers }, secret, secureCookie }).catch(() => null);
    if (token) return true;
  }
  return false;
}
