import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// A tag or byline with few articles: PostgreSQL expects ~1/300 of all articles to match and
// walks a whole date index looking for them (500 ms at 100,000 articles for a tag with one
// article; docs/performance.md). Listing the few ids first (an index lookup) turns that
// into a primary-key fetch. Larger tags keep the walk, which stops early.
const FEW_ARTICLES = 2_000;

async function narrowTo(filter: Prisma.ArticleWhereInput, listIds: () => Promise<{ articleId: string }[]>): Promise<Prisma.ArticleWhereInput> {
  const rows = await listIds();
  return rows.length > FEW_ARTICLES ? filter : { id: { in: rows.map((r) => r.articleId) } };
}

/** Articles with this tag, as a filter that stays fast however few they are. */
export function narrowToTag(tag: { id: string } | { slug: string }): Promise<Prisma.ArticleWhereInput> {
  const match = "id" in tag ? { tagId: tag.id } : { tag: { slug: tag.slug } };
  return narrowTo({ tags: { some: match } }, () => db.articleTag.findMany({ where: match, select: { articleId: true }, take: FEW_ARTICLES + 1 }));
}

/** Articles with this person in the byline, the same way. */
export function narrowToByline(userId: string): Promise<Prisma.ArticleWhereInput> {
  return narrowTo({ bylines: { some: { userId } } }, () => db.byline.findMany({ where: { userId }, select: { articleId: true }, take: FEW_ARTICLES + 1 }));
}
