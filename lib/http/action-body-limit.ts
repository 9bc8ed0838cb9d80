import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getToken } from "next-auth/jwt";
import { formatBytes, refuseBodyByHeaders, type BodyRefusal } from "@/lib/http/read-limited-body";
import { settings } from "@/lib/settings";

// Server actions and their bodies, checked in proxy.ts before Next parses them.
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
//   own limit. A save of the largest article (a 512 KB document) sends about 514 KB; the
//   rest lets a larger paste get the article schema's own message (docs/security.md).
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

export type ActionBodyVerdict = { kind: "not-an-action" } | { kind: "refused"; refusal: BodyRefusal } | { kind: "checked"; requestHeaders: Headers };

/**
 * Refuses a possible server action whose body is larger than its sender may send, or of
 * unknown length. A body that passes is marked (CHECKED_HEADER, in the request headers
 * the page sees): when the action lives on another page, Next forwards the request to
 * that page itself, copying those headers but streaming the body with no length, and
 * the mark says it was already checked. The mark is an HMAC of the deployment's secret,
 * so a client cannot forge it.
 */
export async function checkActionBody(request: ActionRequest): Promise<ActionBodyVerdict> {
  if (!isPossibleServerAction(request)) return { kind: "not-an-action" };
  if (isMarkedChecked(request.headers)) return { kind: "checked", requestHeaders: new Headers(request.headers) };
  const refusal = await refuseOversizedAction(request.headers);
  if (refusal) return { kind: "refused", refusal };
  const requestHeaders = new Headers(request.headers);
  const mark = checkedMark();
  if (mark) requestHeaders.set(CHECKED_HEADER, mark);
  return { kind: "checked", requestHeaders };
}

const CHECKED_HEADER = "x-dateline-action-body-checked";

function checkedMark(): string | null {
  const secret = settings().AUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("dateline:action-body-checked").digest("hex") : null;
}

function isMarkedChecked(headers: Headers): boolean {
  const given = headers.get(CHECKED_HEADER);
  const expected = checkedMark();
  if (!given || !expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function refuseOversizedAction(headers: Headers): Promise<BodyRefusal | null> {
  const overall = refuseBodyByHeaders(headers, ACTION_BODY_LIMIT);
  if (overall) return overall;
  if (!refuseBodyByHeaders(headers, ANONYMOUS_ACTION_BODY_LIMIT)) return null;
  if (await hasSignedSession(headers)) return null;
  return {
    status: 413,
    message: `Without a signed-in session a form may send at most ${formatBytes(ANONYMOUS_ACTION_BODY_LIMIT)}, and this one is larger, so it was refused. Nothing was changed. Sign in and try again.`,
  };
}

// Only decrypts the cookie (no database): whether the session is still valid is checked
// by the action itself, as always. A forged or foreign cookie does not decrypt.
async function hasSignedSession(headers: Headers): Promise<boolean> {
  const secret = settings().AUTH_SECRET;
  if (!secret) return false;
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers }, secret, secureCookie }).catch(() => null);
    if (token) return true;
  }
  return false;
}
