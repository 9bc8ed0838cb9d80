import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { listAffectedPages } from "@/lib/cache/list-affected-paths";
import { PUBLIC_DATA_TAG } from "@/lib/cache/publication-clock";

/**
 * After a save (publish, update, unpublish, correction, re-tag, slug change): expires
 * every cached public page that may show the article, so the next reader gets a fresh
 * render. Call it from server actions after the transaction has committed. A failure
 * here is logged and never fails the save: pages then expire on their own lifetime.
 */
export async function revalidateArticlePages(articleId: string): Promise<void> {
  try {
    const { paths, routes } = await listAffectedPages(articleId);
    for (const path of paths) revalidatePath(path);
    for (const route of routes) revalidatePath(route, "page");
    // Feeds and sitemaps read cached fragments; expire them at once (no stale copy).
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
  } catch (error) {
    console.error("revalidateArticlePages failed; public pages will refresh on their own lifetime:", error);
  }
}
