import "server-only";
import type { Tx } from "@/lib/db";
import { siteUrl } from "@/lib/site";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";

export type ArticleEventData = {
  id: string;
  slug: string;
  url: string;
  headline: string;
  publishedAt: string | null;
  modifiedAt: string | null;
};

// What an article event says about the article: enough for a receiver to act (fetch it
// from the Content API by id, purge its URL, show the headline) without depending on any
// API representation. Read in the change's transaction, so it is what was committed.
export async function articleEventData(tx: Tx, articleId: string): Promise<ArticleEventData> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, slug: true, headline: true, publishedAt: true, modifiedAt: true },
  });
  return {
    id: article.id,
    slug: article.slug,
    url: `${siteUrl()}/articles/${article.slug}`,
    headline: article.headline,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    modifiedAt: article.modifiedAt?.toISOString() ?? null,
  };
}

export type ArticleEventType = "article.published" | "article.updated" | "article.unpublished" | "article.deleted";

/** Queues an article event in the change's transaction (the services call this). */
export async function reportArticleEvent(tx: Tx, type: ArticleEventType, articleId: string, now: Date, extra: Record<string, unknown> = {}): Promise<void> {
  const data = await articleEventData(tx, articleId);
  await enqueueWebhookEvent(tx, { type, data: { ...data, ...extra }, now });
}
