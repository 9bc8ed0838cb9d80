import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { CARD_SELECT, toArticleCard, type ArticleCard } from "@/lib/articles/list-published-articles";

export const RELATED_MAX = 4;

/**
 * Related articles: an editor's pinned picks first (in their order), then the most
 * recent articles sharing a tag. Only what readers may see, never the article itself.
 */
export async function listRelatedArticles(articleId: string, limit = RELATED_MAX): Promise<ArticleCard[]> {
  // The picks and the article's tags side by side (one round trip fewer on every
  // uncached article page); the tags go unused when the picks fill every place.
  const [picks, tags] = await Promise.all([
    db.relatedPick.findMany({
      where: { articleId, picked: publicArticleWhere() },
      orderBy: { position: "asc" },
      take: limit,
      select: { picked: { select: CARD_SELECT } },
    }),
    db.articleTag.findMany({ where: { articleId }, select: { tagId: true } }),
  ]);
  const cards = picks.map((p) => toArticleCard(p.picked));
  if (cards.length >= limit) return cards;

  const tagIds = tags.map((t) => t.tagId);
  if (tagIds.length === 0) return cards;
  const shown = new Set(cards.map((c) => c.slug));
  const rows = await db.article.findMany({
    where: {
      AND: [publicArticleWhere(), { id: { not: articleId } }, { tags: { some: { tagId: { in: tagIds } } } }],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + cards.length,
    select: CARD_SELECT,
  });
  for (const row of rows) {
    if (cards.length >= limit) break;
    if (!shown.has(row.slug)) cards.push(toArticleCard(row));
  }
  return cards;
}
