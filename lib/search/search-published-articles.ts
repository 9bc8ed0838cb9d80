import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { CARD_SELECT, toArticleCard, type ArticleCard } from "@/lib/articles/list-published-articles";
import { findRankedMatches, readSnippets } from "@/lib/search/full-text";
import { splitSnippet, type SnippetPart } from "@/lib/search/search-query";

export const SEARCH_PAGE_SIZE = 10;

export type SearchHit = ArticleCard & { snippet: SnippetPart[] };
export type SearchResults = { hits: SearchHit[]; total: number; page: number; hasNext: boolean };

/** The reader's search: ranked, only what publicArticleWhere() lets readers see. */
export async function searchPublishedArticles(query: string, page = 1): Promise<SearchResults> {
  const empty = { hits: [], total: 0, page, hasNext: false };
  if (!query) return empty;
  const matches = await findRankedMatches(query);
  if (matches.length === 0) return empty;
  const visible = new Set(
    (
      await db.article.findMany({
        where: { AND: [publicArticleWhere(), { id: { in: matches.map((m) => m.id) } }] },
        select: { id: true },
      })
    ).map((a) => a.id),
  );
  const ranked = matches.filter((m) => visible.has(m.id));
  const pageIds = ranked.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map((m) => m.id);
  const [rows, snippets] = await Promise.all([
    db.article.findMany({ where: { AND: [publicArticleWhere(), { id: { in: pageIds } }] }, select: { id: true, ...CARD_SELECT } }),
    readSnippets(pageIds, query),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...toArticleCard(row), snippet: splitSnippet(snippets.get(id) ?? "") }] : [];
  });
  return { hits, total: ranked.length, page, hasNext: page * SEARCH_PAGE_SIZE < ranked.length };
}
