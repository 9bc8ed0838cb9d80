import "server-only";
import { db } from "@/lib/db";
import { expiredArticleWhere, wasPublicBeforeExpiry } from "@/lib/articles/public-filter";

export type ExpiredArticle = { headline: string; expiresAt: Date };

/**
 * An article that was public at this address and has passed its end time (issue 13): its
 * page answers 410 Gone with a notice. Only the headline is shown: the text itself has
 * left the site. Null for anything else (a draft, a trashed article, one that expired
 * before it ever ran), which stays an ordinary 404.
 */
export async function getExpiredArticle(slug: string, now = new Date()): Promise<ExpiredArticle | null> {
  const article = await db.article.findFirst({ where: { slug, ...expiredArticleWhere(now) }, select: { headline: true, publishedAt: true, expiresAt: true } });
  if (!article || !wasPublicBeforeExpiry(article)) return null;
  return { headline: article.headline, expiresAt: article.expiresAt! };
}
