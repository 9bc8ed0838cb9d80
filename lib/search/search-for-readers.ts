import "server-only";
import { readPublicationClock } from "@/lib/cache/publication-clock";
import { runGatedSearch } from "@/lib/search/search-gate";
import { readThroughSearchCache } from "@/lib/search/search-results-cache";
import { searchPublishedArticles, type SearchResults } from "@/lib/search/search-published-articles";

/** The public search page's read: cached per query and page, at most a few at once. */
export function searchForReaders(query: string, page: number): Promise<SearchResults> {
  if (!query) return searchPublishedArticles(query, page);
  return readThroughSearchCache(`${page}\n${query}`, async () => {
    // Read first: an article that comes due while the search runs still ends the answer's life.
    const clock = await readPublicationClock();
    const value = await runGatedSearch(() => searchPublishedArticles(query, page));
    return { value, validUntil: clock.nextDueAt?.getTime() ?? null };
  });
}
