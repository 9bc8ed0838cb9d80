import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPreviewArticle } from "@/lib/articles/preview-links";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { formatPublicationDate } from "@/lib/site";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getPreviewArticle((await params).token);
  return { title: article ? `Preview: ${article.headline}` : "Preview", robots: { index: false, follow: false, nocache: true } };
}

// A private preview of the current draft, laid out as the article page lays it out.
// Expired, revoked and unknown tokens are all the same 404.
export default async function PreviewPage({ params }: Props) {
  const article = await getPreviewArticle((await params).token);
  if (!article) notFound();
  const html = renderDocumentHtml(article.body);
  const shownDate = article.publishedAt ?? new Date();
  return (
    <>
      <p role="note" className="mx-auto mb-6 max-w-2xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        Preview of an unpublished draft. Do not share this link publicly.
      </p>
      <article className="mx-auto max-w-2xl">
        <header className="mb-8">
          <h1 className="font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
          {article.standfirst ? <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{article.standfirst}</p> : null}
          <div className="mt-6 border-y border-neutral-200 py-3 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
            {article.bylines.length > 0 ? (
              <p>
                By <span className="font-semibold">{article.bylines.map((b) => b.name).join(", ").replace(/, ([^,]*)$/, " and $1")}</span>
              </p>
            ) : null}
            <p>
              Published <time dateTime={shownDate.toISOString()}>{formatPublicationDate(shownDate)}</time>
            </p>
          </div>
        </header>
        <div className="prose prose-lg prose-neutral max-w-none font-serif dark:prose-invert" dangerouslySetInnerHTML={{ __html: html }} />
        {article.tags.length > 0 ? (
          <footer className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
            <h2 className="sr-only">Tags</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug} className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm dark:border-neutral-700">{tag.name}</li>
              ))}
            </ul>
          </footer>
        ) : null}
      </article>
    </>
  );
}
