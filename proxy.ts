import { NextResponse, type NextRequest } from "next/server";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { expirePagesIfPublicationDue } from "@/lib/cache/publication-watch";
import { isValidSlug } from "@/lib/content/slug";
import { adminContentSecurityPolicy, createNonce } from "@/lib/http/csp";

// Runs before the page cache for public pages:
// 1. a scheduled article that has come due expires the cached pages first, so the
//    first reader after its time already sees it (lib/cache/publication-watch.ts);
// 2. old slugs of published articles answer 301 to the current address.
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/admin")) return withAdminCsp(request);
  await expirePagesIfPublicationDue(internalOrigin(request));
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/articles/")) return NextResponse.next();
  const slug = pathname.slice("/articles/".length);
  if (!isValidSlug(slug)) return NextResponse.next();
  const target = await lookupSlugRedirect(slug);
  if (!target || target === slug) return NextResponse.next();
  return NextResponse.redirect(new URL(`/articles/${target}`, request.url), 301);
}

// The server's own address: `next start` sets PORT; behind a proxy the request's Host
// would point back through it.
function internalOrigin(request: NextRequest): string {
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin;
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
