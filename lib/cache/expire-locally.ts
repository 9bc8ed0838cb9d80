import "server-only";
import { revalidatePath } from "next/cache";
import type { RevalidationMessage } from "@/lib/cache/revalidation-message";
import { clearSearchCache } from "@/lib/search/search-results-cache";
import { forgetAllArticleSlugs, forgetArticleSlugs } from "@/lib/articles/known-slugs";

/**
 * Expires cached public pages, feeds and sitemaps in THIS instance only: concrete paths,
 * whole routes (Next's app folder paths), or everything; reader searches always. Must
 * run inside a request (server action or route handler).
 */
export function expireLocally(message: RevalidationMessage): void {
  if (message.all) {
    revalidatePath("/", "layout");
  } else {
    for (const path of message.paths) revalidatePath(path);
    // Reader pages are route handlers: their implicit tags name each folder of the route
    // as ".../layout" (never ".../page"), so a whole route expires by its folder's tag.
    for (const route of message.routes) revalidatePath(route, "layout");
  }
  clearSearchCache();
  forgetSlugs(message);
}

// The proxy's set of public article slugs (lib/articles/known-slugs.ts): a page expired
// here may have stopped being public, and must answer as an unknown slug at once.
function forgetSlugs(message: RevalidationMessage): void {
  if (message.all || message.routes.some((route) => route.includes("/articles/"))) {
    forgetAllArticleSlugs();
    return;
  }
  const prefix = "/articles/";
  forgetArticleSlugs(message.paths.filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length)));
}
