/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { SearchResults } from "@/lib/search/search-published-articles";
import { ArticleMeta } from "@/components/site/article-list";
import { SiteDocument } from "@/components/site/site-document";

type Props = {
  q: string;
  results: SearchResults;
  /** What was found, in words ("3 articles match …"); null when nothing was asked. */
  totals: string | null;
};

/** /search?q=…&page=…: the ranked results, or the empty form. */
export function SearchPage({ q, results, totals }: Props): SafeHtml {
  const href = (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ""}`;
  return (
    <SiteDocument meta={{ title: q ? `Search: ${q}` : "Search", robots: "noindex, follow" }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm q={q} />
        {totals !== null ? (
          <p className="mt-6 text-neutral-800 dark:text-neutral-200" role="status">
            {totals}
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
    </SiteDocument>
  );
}

/** Too many searches at once: say so, keep the words in the box. */
export function SearchBusyPage({ q, message }: { q: string; message: string }): SafeHtml {
  return (
    <SiteDocument meta={{ title: "Search", robots: "noindex, follow" }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-4xl font-bold">Search</h1>
        <SearchForm q={q} />
        <p className="mt-6 text-neutral-800 dark:text-neutral-200" role="status">{message}</p>
      </div>
    </SiteDocument>
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
