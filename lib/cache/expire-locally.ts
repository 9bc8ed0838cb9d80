import "server-only";
import { revalidatePath } from "next/cache";
import type { RevalidationMessage } from "@/lib/cache/revalidation-message";
import { clearSearchCache } from "@/lib/search/search-results-cache";

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
}
