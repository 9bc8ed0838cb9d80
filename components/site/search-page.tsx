/** @jsxImportSource @/lib/html */
import "server-only";
import { htmlResponse } from "@/lib/html/html-response";
import { readPageParam } from "@/lib/page-param";
import { isAppError } from "@/lib/errors";
import { searchForReaders } from "@/lib/search/search-for-readers";
import { SEARCH_PAGE_SIZE, type SearchResults } from "@/lib/search/search-published-articles";
import { notFoundResponse } from "@/components/site/not-found-view";
import { describeSearchTotals, searchQuerySchema } from "@/lib/search/search-query";
import { ArticleMeta } from "@/components/site/article-list";
import { SiteDocument } from "@/components/site/site-document";

/** /search?q=…&page=…: per request, ranked, only what readers may see. */
export async function searchPageResponse(params: URLSearchParams): Promise<Response> {
  // Over-long queries are cut to the limit rather than refused (searchQuerySchema).
  const q = searchQuerySchema.parse(params.get("q") ?? "");
  const page = readPageParam(params.get("page") ?? undefined, SEARCH_PAGE_SIZE);
  // Past the deepest page (lib/page-param.ts) there is nothing to show.
  if (page === null) return notFoundResponse();
  let results: SearchResults;
  try {
    results = await searchForReaders(q, page);
  } catch (error) {
    if (isAppError(error) && error.code === "UNAVAILABLE") return busyResponse(q, error.message);
    throw error;
  }
  const href = (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ""}`;
  return htmlResponse(
    <SiteDocument meta={{ title: q ? `Search: ${q}` : "Search", robots: "noindex, follow" }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm q={q} />
        {q ? (
          <p className="mt-6 text-neutral-800 dark:text-neutral-200" role="status">
            {describeSearchTotals(results, q)}
          </p>
        ) : null}
        {results.hits.length > 0 ? (
          <ol className="mt-6 divide-y divide-neutral-300 dark:divide-neutral-700">
            {results.hits.map((hit) => (
              <li className="py-5">
                <h2 className="font-serif text-xl font-bold">
                  <a href={`/articles/${hit.slug}`} className="hover:underline">{hit.headline}</a>
                </h2>
                {hit.snippet.length > 0 ? (
                  <p className="mt-2 text-neutral-800 dark:text-neutral-200">
                    {hit.snippet.map((part) => (part.match ? <mark className="bg-yellow-200 text-neutral-900">{part.text}</mark> : <span>{part.text}</span>))}
                  </p>
                ) : null}
                <ArticleMeta article={hit} />
              </li>
            ))}
          </ol>
        ) : null}
        {results.hits.length > 0 && !results.hasNext && results.ranked < results.total ? (
          <p className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">
            Only the {results.ranked.toLocaleString("en-GB")} most recent matches are listed. Add words to find older articles.
          </p>
        ) : null}
        {results.page > 1 || results.hasNext ? (
          <nav aria-label="Result pages" className="mt-8 flex justify-between text-sm">
            {results.page > 1 ? <a href={href(results.page - 1)} className="underline">← Previous results</a> : <span />}
            {results.hasNext ? <a href={href(results.page + 1)} className="underline">More results →</a> : null}
          </nav>
        ) : null}
      </div>
    </SiteDocument>,
    { headers: { "Cache-Control": "no-store" } },
  );
}

function SearchForm({ q }: { q: string }) {
  return (
    <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
      <label htmlFor="search-q" className="sr-only">Search articles</label>
      <input id="search-q" name="q" type="search" value={q} maxLength={200} placeholder="Search articles" className="w-full rounded border border-neutral-500 bg-white px-3 py-2 dark:bg-neutral-900" />
      <button type="submit" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Search</button>
    </form>
  );
}

// Too many searches at once in this instance: say so, keep the words in the box.
function busyResponse(q: string, message: string): Response {
  return htmlResponse(
    <SiteDocument meta={{ title: "Search", robots: "noindex, follow" }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm q={q} />
        <p className="mt-6 text-neutral-800 dark:text-neutral-200" role="status">{message}</p>
      </div>
    </SiteDocument>,
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
  );
}
