import { NextResponse, type NextRequest } from "next/server";
import { isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { isValidSlug } from "@/lib/content/slug";
import { adminContentSecurityPolicy, createNonce } from "@/lib/http/csp";
import { feedNotFoundResponse } from "@/lib/seo/xml";
import { notFoundResponse } from "@/components/site/not-found-view";

// Runs before the page cache for public pages:
// 2. an article slug no public article or redirect to one has (unknown, or a draft's,
//    a scheduled or a trashed article's: the same bytes for all) answers 404 with the
//    site's not-found page from memory: no render and no cached 404 per slug
//    (lib/articles/known-slugs.ts);
// 3. old slugs of published articles answer 301 to the current address;
// 5. a tag or author feed with a malformed slug answers 404 here, so random addresses
//    leave no cached 404 behind.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/admin")) return withAdminCsp(request);
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
function withAdminCsp(request: NextRequest) {
  const policy = adminContentSecurityPolicy(createNonce());
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    "/",
    "/page/:n",
    "/articles/:slug",
    "/tags/:path*",
    "/authors/:path*",
    "/search",
    "/corrections",
    "/feed.xml",
    "/sitemap.xml",
    "/news-sitemap.xml",
  ],
};
