import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

// Every cached response that shows a live article's entries (its page and pages, the
// poll document, the live feed, the entry links) carries one tag, so a post, edit, pin
// or delete expires exactly those, in every instance (the page cache handler records
// the tag and announces it with one NOTIFY: docs/architecture.md, "Caching and
// freshness"). Fronts are not touched by an entry: only starting or ending coverage
// changes them (revalidateArticlePages).

export function liveTag(articleId: string): string {
  return `dateline:live:${articleId}`;
}

/**
 * Called while rendering a live response: a zero-cost cached no-op whose tag Next
 * attaches to the response (as capPageLifetime does with its lifetime tag).
 */
export async function tagLiveResponse(articleId: string): Promise<void> {
  const tag = liveTag(articleId);
  await unstable_cache(async () => 1, ["dateline-live", articleId], { tags: [tag], revalidate: 600 })();
}

/**
 * Expires every cached response of this live article, here and in every other instance.
 * Call after the transaction committed. A failure is logged and never fails the change.
 */
export function expireLivePages(articleId: string): void {
  try {
    revalidateTag(liveTag(articleId), { expire: 0 });
  } catch (error) {
    console.error("expireLivePages failed; live pages will refresh on their own lifetime:", error);
  }
}
