import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const [related] = await Promise.all([listRelatedArticles(article.id)]);
  const html = renderDocumentHtml(article.body);
  const url = absoluteUrl(`/articles/${article.slug}`);
  // Corrections arrive with issue #3: pass them to both the view and the JSON-LD.
  const corrections: [] = [];
  return (
    <>
      <JsonLd data={buildNewsArticleJsonLd({ ...article, description: describe(article), corrections, image: article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null })} />
      <ArticleView article={article} html={html} url={url} related={related} corrections={corrections} />
    </>
  );
}
