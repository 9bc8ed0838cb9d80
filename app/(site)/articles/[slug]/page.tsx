import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { excerptDocument } from "@/lib/content/plain-text";
import { isValidSlug } from "@/lib/content/slug";
import { buildArticleMetadata } from "@/lib/seo/article-metadata";
import { absoluteUrl, buildNewsArticleJsonLd } from "@/lib/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { JsonLd } from "@/components/site/json-ld";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { CORRECTION_LABELS } from "@/lib/articles/corrections";

// Cached (ISR), rendered on first request. Saves expire it at once (revalidatePath);
// capPageLifetime() keeps a cached copy from outliving the next scheduled publication.
// See docs/architecture.md, "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// Malformed slugs never reach the database.
const loadArticle = cache(async (slug: string) => {
  await capPageLifetime();
  return isValidSlug(slug) ? getPublishedArticle(slug) : null;
});

function describe(article: NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>): string {
  return article.standfirst || excerptDocument(article.body, 160);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Page not found", robots: { index: false } };
  return buildArticleMetadata(article, describe(article), article.image ? { url: article.image.src, alt: article.image.alt } : null);
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
  const related = await listRelatedArticles(article.id);
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = renderDocumentHtml(article.body);
  const url = absoluteUrl(`/articles/${article.slug}`);
  const corrections = article.corrections.map((c) => ({ text: `${CORRECTION_LABELS[c.kind]}: ${c.text}`, publishedAt: c.createdAt }));
  return (
    <>
      <JsonLd data={buildNewsArticleJsonLd({ ...article, description: describe(article), corrections, image: article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null })} />
      <ArticleView article={article} html={html} url={url} related={related} />
    </>
  );
}
