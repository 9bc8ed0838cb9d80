import { NextResponse, type NextRequest } from "next/server";
import { isValidSlug } from "@/lib/content/slug";
import { checkActionBody } from "@/lib/http/action-body-limit";
import { adminContentSecurityPolicy, createNonce } from "@/lib/http/csp";
import { feedNotFoundResponse } from "@/lib/seo/xml";

// First, for every path: a possible server action whose body is larger than its sender
// may send, or of unknown length, is refused before Next parses it; one that passes is
// marked as checked for Next's own forwarding (lib/http/action-body-limit.ts).
// Then a tag or author feed with a malformed slug answers 404 here, so random addresses
// leave no cached 404 behind. Article pages skip the proxy: their route answers unknown
// and old slugs itself, from memory, before it reads anything (app/(site)/articles/[slug]).
export async function proxy(request: NextRequest) {
  const action = await checkActionBody(request);
  if (action.kind === "refused") {
    const { status, message } = action.refusal;
    return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/admin")) return withAdminCsp(action.kind === "checked" ? action.requestHeaders : request.headers);
  // A server action posted to a reader path: none of the reader steps below apply.
  if (action.kind === "checked") return NextResponse.next({ request: { headers: action.requestHeaders } });
  const feed = FEED_PATH.exec(pathname);
  if (feed && !isValidSlug(feed[2]!)) return feedNotFoundResponse(feed[1] === "tags" ? "tag" : "author");
  return NextResponse.next();
}

const FEED_PATH = /^\/(tags|authors)\/([^/]+)\/feed\.xml$/;

// The newsroom gets a per-request nonce: Next reads it from the request's policy and
// puts it on its own scripts (lib/http/csp.ts).
function withAdminCsp(requestHeaders: Headers) {
  const policy = adminContentSecurityPolicy(createNonce());
  const headers = new Headers(requestHeaders);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // Only their feeds need the proxy (a malformed slug's 404); the pages skip it.
    "/tags/:slug/feed.xml",
    "/authors/:slug/feed.xml",
    // No reader page needs the proxy since the page cache keeps itself fresh
    // (lib/cache/page-cache-handler.js) and the article route gates its own slugs: pages,
    // feeds, sitemaps, search and corrections skip it, and with it the cost of running
    // the proxy per read (about a fifth of a cached article's CPU time when it ran there).
    // Server actions can be posted to any page's path (see lib/http/action-body-limit.ts);
    // route handlers (/api, /login/submit) read their own bodies with their own caps and
    // stay out, so the proxy never makes Next buffer an upload.
    { source: "/((?!api/|_next/|login/submit).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/|login/submit).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data.*|application/x-www-form-urlencoded)" }] },
  ],
};
