import { NextResponse, type NextRequest } from "next/server";
import { isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { isValidSlug } from "@/lib/content/slug";
import { checkActionBody } from "@/lib/http/action-body-limit";
import { adminContentSecurityPolicy, createNonce } from "@/lib/http/csp";
import { feedNotFoundResponse } from "@/lib/seo/xml";
import { notFoundResponse } from "@/lib/html/not-found-response";

// First, for every path: a possible server action whose body is larger than its sender
// may send, or of unknown length, is refused before Next parses it; one that passes is
// marked as checked for Next's own forwarding (lib/http/action-body-limit.ts).
// Then, before the page cache for public pages:
// 1. an article slug no public article or redirect to one has (unknown, or a draft's,
//    a scheduled or a trashed article's: the same bytes for all) answers 404 with the
//    site's not-found page from memory: no render and no cached 404 per slug
//    (lib/articles/known-slugs.ts);
// 2. old slugs of published articles answer 301 to the current address;
// 3. a tag or author feed with a malformed slug answers 404 here, so random addresses
//    leave no cached 404 behind.
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
  if (!pathname.startsWith("/articles/")) return NextResponse.next();
  const slug = pathname.slice("/articles/".length);
  if (!isValidSlug(slug) || !(await isPossibleArticleSlug(slug))) return notFound();
  const target = await lookupSlugRedirect(slug);
  if (!target || target === slug) return NextResponse.next();
  return NextResponse.redirect(new URL(`/articles/${target}`, request.url), 301);
}

const FEED_PATH = /^\/(tags|authors)\/([^/]+)\/feed\.xml$/;

// The reader 404, rendered here (a few microseconds, no database). A slug may become an
// article's at any moment: browsers ask again every time, shared caches may keep it a
// second (like the nginx micro-cache does).
function notFound(): Response {
  const response = notFoundResponse();
  response.headers.set("Cache-Control", "public, max-age=0, s-maxage=1");
  return response;
}

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
    "/articles/:slug",
    // Only their feeds need the proxy (a malformed slug's 404); the pages skip it.
    "/tags/:slug/feed.xml",
    "/authors/:slug/feed.xml",
    // No other reader page needs the proxy since the page cache keeps itself fresh
    // (lib/cache/page-cache-handler.js): the front page, feeds, sitemaps, search and
    // corrections skip it, and with it the cost of building a NextRequest per read.
    // Server actions can be posted to any page's path (see lib/http/action-body-limit.ts);
    // route handlers (/api, /login/submit) read their own bodies with their own caps and
    // stay out, so the proxy never makes Next buffer an upload.
    { source: "/((?!api/|_next/|login/submit).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/|login/submit).*)", has: [{ type: "header", key: "content-type", value: "(multipart/form-data.*|application/x-www-form-urlencoded)" }] },
  ],
};
