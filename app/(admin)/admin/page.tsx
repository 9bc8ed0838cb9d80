import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { listDeskArticles } from "@/lib/articles/list-desk-articles";
import { StatusBadge } from "@/components/admin/status-badge";
import { Pagination } from "@/components/site/pagination";
import { formatDateTime } from "@/lib/site";
import { readPageParam } from "@/lib/page-param";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminArticlesPage({ searchParams }: Props) {
  await requireUser("/admin");
  const page = readPageParam((await searchParams).page);
  const { articles, hasNext } = await listDeskArticles({ page });
  return (
    <>
      <div className="mb-6 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Articles</h1>
        <Link href="/admin/articles/new" className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 dark:bg-neutral-100 dark:text-neutral-900">
          New article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p>No articles yet. Start with “New article”.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-neutral-200 dark:border-neutral-800">
              <tr>
                <th scope="col" className="px-4 py-2">Headline</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Bylines</th>
                <th scope="col" className="px-4 py-2">Last update</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => (
                <tr key={article.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                  <td className="px-4 py-3 font-medium">
                    <Link href={`/admin/articles/${article.id}`} className="hover:underline">{article.headline}</Link>
                  </td>
                  <td className="px-4 py-3"><StatusBadge status={article.status} /></td>
                  <td className="px-4 py-3">{article.bylines.join(", ")}</td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <time dateTime={article.updatedAt.toISOString()}>{formatDateTime(article.updatedAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/admin" page={page} hasNext={hasNext} />
    </>
  );
}
