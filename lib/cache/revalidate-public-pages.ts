import "server-only";
import { expireLocally } from "@/lib/cache/expire-locally";
import { listAffectedPages } from "@/lib/cache/list-affected-paths";
import { broadcastRevalidation } from "@/lib/cache/revalidation-broadcast";

/**
 * After a save (publish, update, unpublish, correction, re-tag, slug change): expires
 * every cached public page that may show the article, here and (over PostgreSQL
 * NOTIFY) in every other app instance, so the next reader anywhere gets a fresh render.
 * Call it from server actions after the transaction has committed. A failure here is
 * logged and never fails the save: pages then expire on their own lifetime.
 */
export async function revalidateArticlePages(articleId: string): Promise<void> {
  try {
    const { paths, routes } = await listAffectedPages(articleId);
    expireLocally({ all: false, paths, routes });
    await broadcastRevalidation({ all: false, paths, routes });
  } catch (error) {
    console.error("revalidateArticlePages failed; public pages will refresh on their own lifetime:", error);
  }
}
