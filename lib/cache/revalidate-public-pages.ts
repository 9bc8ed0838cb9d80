import "server-only";
import { expirePages } from "@/lib/cache/expire-pages";
import { listAffectedPages } from "@/lib/cache/list-affected-paths";

/**
 * After a save (publish, update, unpublish, correction, re-tag, slug change): expires
 * every cached public page that may show the article, here and (one PostgreSQL NOTIFY,
 * sent by the page cache handler) in every other app instance, so the next reader
 * anywhere gets a fresh render. Call it from server actions after the transaction has
 * committed. A failure here is logged and never fails the save: pages then expire on
 * their own lifetime.
 */
export async function revalidateArticlePages(articleId: string): Promise<void> {
  try {
    expirePages(await listAffectedPages(articleId));
  } catch (error) {
    console.error("revalidateArticlePages failed; public pages will refresh on their own lifetime:", error);
  }
}
