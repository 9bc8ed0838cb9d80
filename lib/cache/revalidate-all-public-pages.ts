import "server-only";
import { expireLocally } from "@/lib/cache/expire-locally";
import { broadcastRevalidation } from "@/lib/cache/revalidation-broadcast";

/**
 * For rare changes that show on an unknown number of public pages (a tag renamed,
 * merged or deleted; a byline's name or picture; an image's alt text or caption):
 * expires every cached public page at once, here and in every other app instance.
 * Article saves use the narrower revalidateArticlePages. A failure is logged and never
 * fails the change.
 */
export function revalidateAllPublicPages(): void {
  try {
    expireLocally({ all: true, paths: [], routes: [] });
    void broadcastRevalidation({ all: true, paths: [], routes: [] });
  } catch (error) {
    console.error("revalidateAllPublicPages failed; public pages will refresh on their own lifetime:", error);
  }
}
