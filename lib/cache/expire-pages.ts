import "server-only";
import { revalidatePath } from "next/cache";
import type { AffectedPages } from "@/lib/cache/list-affected-paths";

/**
 * Expires these cached pages in every instance: concrete paths and whole routes (Next's
 * app folder paths). Must run inside a server action or route handler: Next hands the
 * tags to the page cache handler when it is done, which records them here and announces
 * them to the other instances in one NOTIFY (lib/cache/page-cache-handler.js).
 */
export function expirePages({ paths, routes }: AffectedPages): void {
  for (const path of paths) revalidatePath(path);
  // Reader pages are route handlers: their implicit tags name each folder of the route
  // as ".../layout" (never ".../page"), so a whole route expires by its folder's tag.
  for (const route of routes) revalidatePath(route, "layout");
}

/**
 * Expires every cached page in every instance with one tag (`_N_T_/layout`, which every
 * page carries): one map write here, one NOTIFY for the others, no work per cached page
 * (each checks its tags when next read). For changes that show on an unknown number of
 * pages: a renamed, merged or deleted tag, a byline's name or picture, an image's alt
 * text, later a breaking-news banner. Article saves use the narrower
 * revalidateArticlePages. A failure is logged and never fails the change: pages then
 * end on their own lifetime.
 */
export function expireEveryPublicPage(): void {
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    console.error("expireEveryPublicPage failed; public pages will refresh on their own lifetime:", error);
  }
}
