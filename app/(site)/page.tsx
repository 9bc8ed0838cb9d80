import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { readPageParam } from "@/lib/page-param";

// Reads the database on each request so a publish shows at once; caching comes with the reader-site work.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = readPageParam((await searchParams).page);
  const { articles, hasNext } = await listPublishedArticles({ page });
  return (
    <>
      <h1 className="sr-only">Latest news</h1>
      {articles.length === 0 ? <p>No articles have been published yet.</p> : <ArticleList articles={articles} />}
      <Pagination basePath="/" page={page} hasNext={hasNext} />
    </>
  );
}
