import "server-only";
import { db, type Tx } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { listArticleCardIds } from "@/lib/content/embeds/embed-info";
import type { CardTarget } from "@/lib/content/story-elements";
import type { ContentDocument } from "@/lib/content/types";
import { AppError } from "@/lib/errors";

/**
 * Keeps article_card_links equal to the cards in this body (inside the save's
 * transaction). Like related picks, the rows let a change to the linked article expire
 * the pages showing its card (lib/cache/list-affected-paths.ts).
 */
export async function replaceArticleCardLinks(tx: Tx, articleId: string, body: ContentDocument): Promise<void> {
  const ids = listArticleCardIds(body).filter((id) => id !== articleId);
  if (ids.length > 0) {
    const found = await tx.article.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw new AppError("VALIDATION", "An article card points to an article that no longer exists. Remove the card or pick another article.", { body: ["An article card points to a missing article."] });
  }
  await tx.articleCardLink.deleteMany({ where: { articleId } });
  if (ids.length > 0) await tx.articleCardLink.createMany({ data: ids.map((linkedId) => ({ articleId, linkedId })) });
}

/** The public articles among `ids`, as cards show them now (current headline and slug). */
export async function listCardTargets(ids: readonly string[]): Promise<Map<string, CardTarget>> {
  if (ids.length === 0) return new Map();
  const rows = await db.article.findMany({
    where: { AND: [publicArticleWhere(), { id: { in: [...ids] } }] },
    select: { id: true, headline: true, slug: true, standfirst: true },
  });
  return new Map(rows.map((row) => [row.id, { headline: row.headline, slug: row.slug, standfirst: row.standfirst }]));
}

export type CardSearchResult = { id: string; headline: string };

/** For the editor's card picker: public articles whose headline contains the words typed. */
export async function searchCardArticles(query: string, excludeId?: string, limit = 10): Promise<CardSearchResult[]> {
  const words = query.trim().slice(0, 100);
  return db.article.findMany({
    where: { AND: [publicArticleWhere(), excludeId ? { id: { not: excludeId } } : {}, words ? { headline: { contains: words, mode: "insensitive" } } : {}] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, headline: true },
  });
}
