import type { Metadata } from "next";
import Link from "next/link";
import { listPublicCorrections, CORRECTION_LABELS } from "@/lib/articles/corrections";
import { readPageParam } from "@/lib/page-param";
import { formatDateTime } from "@/lib/site";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Corrections", description: "Every correction, clarification and update, newest first." };

export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = readPageParam((await searchParams).page);
  const { items, hasNext } = await listPublicCorrections({ page });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-6 font-serif text-3xl font-bold">Corrections</h1>
      {items.length === 0 ? (
        <p>No corrections have been published.</p>
      ) : (
        <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {items.map((item) => (
            <li key={item.id} className="py-4">
              <p className="text-sm text-neutral-600 dark:text-neutral-400">
                {CORRECTION_LABELS[item.kind]} · <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
              </p>
              <p className="mt-1">{item.text}</p>
              <p className="mt-1 text-sm">
                On <Link href={`/articles/${item.article.slug}`} className="underline">{item.article.headline}</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pages" className="mt-8 flex justify-between text-sm">
        {page > 1 ? <Link href={page === 2 ? "/corrections" : `/corrections?page=${page - 1}`} className="underline">Newer</Link> : <span />}
        {hasNext ? <Link href={`/corrections?page=${page + 1}`} className="underline">Older</Link> : null}
      </nav>
    </div>
  );
}
