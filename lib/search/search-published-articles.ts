import "server-only";
import { prismaSql } from "@/lib/db";
import { publicArticleSql } from "@/lib/articles/public-filter";
import { readPublicCards, type ArticleCard } from "@/lib/articles/list-published-articles";
import { findRankedMatches, readSnippets, SEARCH_LIMITS, type SearchLimits, type SearchResultPage } from "@/lib/search/full-text";
import { splitSnippet, type SnippetPart } from "@/lib/search/search-query";

export const SEARCH_PAGE_SIZE = 10;

export type SearchHit = ArticleCard & { snippet: SnippetPart[] };
export type SearchResults = SearchResultPage<SearchHit>;

/** The reader's search: ranked, only what publicArticleWhere() lets readers see. */
export async function searchPublishedArticles(query: string, page = 1, limits: SearchLimits = SEARCH_LIMITS): Promise<SearchResults> {
  const empty = { hits: [], total: 0, totalIsMinimum: false, ranked: 0, searchedNewest: null, page, hasNext: false };
  if (!query) return empty;
  const now = new Date();
  const matches = await findRankedMatches(query, { filter: prismaSql(publicArticleSql("a", now)), newest: "published" }, limits);
  if (matches.ids.length === 0) return { ...empty, total: matches.total, totalIsMinimum: matches.totalIsMinimum, searchedNewest: matches.searchedNewest };
  const pageIds = matches.ids.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE);
  // The cards as fronts read them (one statement; a body only for a story without a standfirst).
  const [cards, snippets] = await Promise.all([readPublicCards(pageIds, now), readSnippets(pageIds, query)]);
  const hits = pageIds.flatMap((id) => {
    const card = cards.get(id);
    return card ? [{ ...card, snippet: splitSnippet(snippets.get(id) ?? "") }] : [];
  });
  const ranked = matches.ids.length;
  const { total, totalIsMinimum, searchedNewest } = matches;
  return { hits, total, totalIsMinimum, ranked, searchedNewest, page, hasNext: page * SEARCH_PAGE_SIZE < ranked };
}
