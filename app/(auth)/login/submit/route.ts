import { NextResponse } from "next/server";
import { AuthError } from "next-auth";
import { RateLimitedSignIn, SsoOnlySignIn, signIn } from "@/lib/auth/config";
import { OTHER_WAYS_MESSAGES } from "../other-ways-messages";
import { SIGN_IN_FAILED, safeRedirectPath, signInSchema } from "@/lib/auth/schema";
import { retryMessage } from "@/lib/auth/rate-limit";
import { isSameOrigin } from "@/lib/http/same-origin";
import { parseFormBody, readSmallBody } from "@/lib/http/read-limited-body";

// An email, a password of at most 1,024 characters and the page to return to fit in
// well under this; the form never sends more.
const SIGN_IN_BODY_LIMIT = 8 * 1024;

// The sign-in form posts here: a plain HTTP endpoint, so a refused attempt can be
// answered with its real status (401, and 429 with Retry-After past the limit). The
// form's script asks for JSON; without JavaScript the browser gets redirects.
export async function POST(request: Request): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (!isSameOrigin(request)) return answer(wantsJson, 403, "This sign-in form came from another site.");
  // Refused before reading: a body with no declared length (chunked) or a declared size
  // over the limit; then read up to the limit and no further.
  const body = await readSmallBody(request, SIGN_IN_BODY_LIMIT);
  if (!body.ok) return answer(wantsJson, body.status, body.message);
  const form = await parseFormBody(body.body, request.headers.get("content-type"));
  const from = safeRedirectPath(form?.get("from"));
  const parsed = signInSchema.safeParse({ email: form?.get("email"), password: form?.get("password") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return answer(wantsJson, 422, parsed.error.issues[0]?.message ?? "Check the form.", { fieldErrors, from });
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof RateLimitedSignIn) {
      return answer(wantsJson, 429, retryMessage(error.retryAfterSeconds), { from, retryAfter: error.retryAfterSeconds });
    }
    if (error instanceof SsoOnlySignIn) return answer(wantsJson, 403, OTHER_WAYS_MESSAGES.sso_only!, { from, code: "sso_only" });
    if (error instanceof AuthError) return answer(wantsJson, 401, SIGN_IN_FAILED, { from });
    throw error;
  }
  if (wantsJson) return NextResponse.json({ redirectTo: from });
  return new NextResponse(null, { status: 303, headers: { Location: from } });
}

function answer(
  wantsJson: boolean,
  status: number,
  message: string,
  extra: { fieldErrors?: Record<string, string[]>; from?: string; retryAfter?: number; code?: string } = {},
): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (extra.retryAfter) headers["Retry-After"] = String(extra.retryAfter);
  if (wantsJson) return NextResponse.json({ message, fieldErrors: extra.fieldErrors }, { status, headers });
  // Without JavaScript: back to the form, which shows the message from the query.
  const code = extra.code ?? (status === 429 ? "rate_limited" : status === 401 ? "failed" : "invalid");
  const params = new URLSearchParams({ error: code });
  if (extra.from && extra.from !== "/admin") params.set("from", extra.from);
  if (extra.retryAfter) params.set("retry", String(extra.retryAfter));
  if (status === 429 || status === 411 || status === 413) {
    const title = status === 429 ? "Too many sign-in attempts" : "The sign-in request was refused";
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><a href="/login?${params}">Back to sign in</a></p></main></body></html>`;
    return new NextResponse(html, { status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
  }
  return new NextResponse(null, { status: 303, headers: { ...headers, Location: `/login?${params}` } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
