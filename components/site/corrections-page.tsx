/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { formatDateTime } from "@/lib/site";
import { SiteDocument } from "@/components/site/site-document";

export type CorrectionsPageItem = { label: string; text: string; createdAt: Date; article: { slug: string; headline: string } };

/** /corrections: every correction, clarification and update, newest first. */
export function CorrectionsPage({ page, items, hasNext }: { page: number; items: CorrectionsPageItem[]; hasNext: boolean }): SafeHtml {
  const meta = { title: "Corrections", description: "Every correction, clarification and update, newest first.", canonical: absoluteUrl(page > 1 ? `/corrections?page=${page}` : "/corrections") };
  return (
    <SiteDocument meta={meta}>
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-6 font-serif text-3xl font-bold">Corrections</h1>
        {items.length === 0 ? (
          <p>No corrections have been published.</p>
        ) : (
          <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {items.map((item) => (
              <li className="py-4">
                <p className="text-sm text-neutral-600 dark:text-neutral-400">
                  {item.label} · <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
                </p>
                <p className="mt-1">{item.text}</p>
                <p className="mt-1 text-sm">
                  On <a href={`/articles/${item.article.slug}`} className="underline">{item.article.headline}</a>
                </p>
              </li>
            ))}
          </ol>
        )}
        <nav aria-label="Pages" className="mt-8 flex justify-between text-sm">
          {page > 1 ? <a href={page === 2 ? "/corrections" : `/corrections?page=${page - 1}`} className="underline">Newer</a> : <span />}
          {hasNext ? <a href={`/corrections?page=${page + 1}`} className="underline">Older</a> : null}
        </nav>
      </div>
    </SiteDocument>
  );
}
