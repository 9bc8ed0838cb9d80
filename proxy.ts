import { NextResponse, type NextRequest } from "next/server";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { isValidSlug } from "@/lib/content/slug";

// Old slugs of published articles answer 301 to the current address (issue #3).
export async function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.slice("/articles/".length);
  if (!isValidSlug(slug)) return NextResponse.next();
  const target = await lookupSlugRedirect(slug);
  if (!target || target === slug) return NextResponse.next();
  return NextResponse.redirect(new URL(`/articles/${target}`, request.url), 301);
}

export const config = { matcher: "/articles/:slug" };
