import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { articleEventData } from "@/lib/webhooks/article-event";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";

// Runs when a scheduled article's time comes (the job was queued when it was scheduled,
// at that time). It reports "article.published" only if the article is public now with
// the publication time it was scheduled for: one unpublished, rescheduled, published
// early or trashed meanwhile is reported by that change instead, or not at all. The event
// key makes a second run (a retried job) add no second delivery.
export async function reportArticleDue(articleId: string, publishedAtIso: string, now = new Date()): Promise<void> {
  const publishedAt = new Date(publishedAtIso);
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, ...publicArticleWhere(now) }, select: { publishedAt: true } });
    if (!article?.publishedAt || article.publishedAt.getTime() !== publishedAt.getTime()) return;
    const data = await articleEventData(tx, articleId);
    await enqueueWebhookEvent(tx, { type: "article.published", data, key: `published:${articleId}:${publishedAt.getTime()}`, now });
  });
}
