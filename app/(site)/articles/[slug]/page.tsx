import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { excerptDocument } from "@/lib/content/plain-text";
import { isValidSlug } from "@/lib/content/slug";
import { formatPublicationDate, formatDateTime } from "@/lib/site";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { Corrections } from "@/components/site/corrections";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

// Malformed slugs never reach the database.
const loadArticle = cache(async (slug: string) => (isValidSlug(slug) ? getPublishedArticle(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return {};
  const description = article.standfirst || excerptDocument(article.body, 160);
  return {
    title: article.headline,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: { type: "article", title: article.headline, description, publishedTime: article.publishedAt.toISOString() },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await loadArticle(slug);
  if (!article) {
    // A published article's old slug answers 301 to its current one (issue #3).
    const current = isValidSlug(slug) ? await findSlugRedirect(slug) : null;
    if (current) permanentRedirect(`/articles/${current}`);
    notFound();
  }
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = renderDocumentHtml(article.body);
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000 ? article.updatedAt : null;
  return (
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
            Published <time dateTime={article.publishedAt.toISOString()}>{formatPublicationDate(article.publishedAt)}</time>
            {updated ? (
              <>
                {" · Updated "}
                <time dateTime={updated.toISOString()}>{formatDateTime(updated)}</time>
              </>
            ) : null}
          </p>
        </div>
      </header>
      <div className="prose prose-lg prose-neutral max-w-none font-serif dark:prose-invert" dangerouslySetInnerHTML={{ __html: html }} />
      <Corrections items={article.corrections} />
      {article.tags.length > 0 ? (
        <footer className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 className="sr-only">Tags</h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={`/tags/${tag.slug}`} className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
