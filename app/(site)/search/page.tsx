import type { Metadata } from "next";
import Link from "next/link";
import { readPageParam } from "@/lib/page-param";
import { searchPublishedArticles } from "@/lib/search/search-published-articles";
import { describeSearchTotals, searchQuerySchema } from "@/lib/search/search-query";
import { ArticleMeta } from "@/components/site/article-list";

// Per request: every query is different, and the public filter applies at read time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search", robots: { index: false, follow: true } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = Array.isArray(params.q) ? params.q[0] : params.q;
  const q = searchQuerySchema.parse(raw ?? "");
  const page = readPageParam(params.page);
  const results = await searchPublishedArticles(q, page);
  const href = (n: number) => `/search?q=${encodeURIComponent(q)}${n > 1 ? `&page=${n}` : ""}`;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="search-q" className="sr-only">Search articles</label>
        <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder="Search articles" className="w-full rounded border border-neutral-500 bg-white px-3 py-2 dark:bg-neutral-900" />
        <button type="submit" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Search</button>
      </form>
      {q ? (
        <p className="mt-6 text-neutral-800 dark:text-neutral-200" role="status">
          {describeSearchTotals(results, q)}
        </p>
      ) : null}
      {results.hits.length > 0 ? (
        <ol className="mt-6 divide-y divide-neutral-300 dark:divide-neutral-700">
          {results.hits.map((hit) => (
            <li key={hit.slug} className="py-5">
              <h2 className="font-serif text-xl font-bold">
                <Link href={`/articles/${hit.slug}`} className="hover:underline">{hit.headline}</Link>
              </h2>
              {hit.snippet.length > 0 ? (
                <p className="mt-2 text-neutral-800 dark:text-neutral-200">
                  {hit.snippet.map((part, i) => (part.match ? <mark key={i} className="bg-yellow-200 text-neutral-900">{part.text}</mark> : <span key={i}>{part.text}</span>))}
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
          {results.page > 1 ? <Link href={href(results.page - 1)} className="underline">← Previous results</Link> : <span />}
          {results.hasNext ? <Link href={href(results.page + 1)} className="underline">More results →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
