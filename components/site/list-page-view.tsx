/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";

type Props = {
  kind: "Tag" | "Author" | "Section";
  title: string;
  description: string;
  basePath: string;
  feedPath: string;
  page: number;
  articles: ArticleCard[];
  hasNext: boolean;
};

/** A tag's or an author's page: its heading, description or bio, and its articles. */
export function ListPageView({ kind, title, description, basePath, feedPath, page, articles, hasNext }: Props) {
  return (
    <>
      <header className="mb-8 border-b-2 border-neutral-900 pb-6 dark:border-neutral-200">
        <p className="text-sm font-semibold uppercase tracking-widest text-neutral-700 dark:text-neutral-300">{kind}</p>
        <h1 className="font-serif text-4xl font-bold">
          {title}
          {page > 1 ? <span className="text-2xl font-normal">, page {page}</span> : null}
        </h1>
        {description ? <p className="mt-3 max-w-3xl text-lg text-neutral-800 dark:text-neutral-200">{description}</p> : null}
        <p className="mt-3 text-sm print:hidden">
          <a href={feedPath} className="underline">RSS feed</a>
        </p>
      </header>
      {articles.length === 0 ? <p>No published articles yet.</p> : <ArticleList articles={articles} />}
      <Pagination basePath={basePath} page={page} hasNext={hasNext} />
    </>
  );
}
