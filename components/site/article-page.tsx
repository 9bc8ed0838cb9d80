/** @jsxImportSource @/lib/html */
import "server-only";
import { CORRECTION_LABELS } from "@/lib/articles/corrections";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { getPublishedArticle, type PublishedArticle } from "@/lib/articles/get-published-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { excerptDocument } from "@/lib/content/plain-text";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { isValidSlug } from "@/lib/content/slug";
import { htmlResponse } from "@/lib/html/html-response";
import { trustedHtml } from "@/lib/html/safe-html";
import { buildArticleMetadata } from "@/lib/seo/article-metadata";
import { absoluteUrl, buildNewsArticleJsonLd } from "@/lib/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { movedPermanentlyResponse, notFoundResponse } from "@/components/site/not-found-view";
import { SiteDocument } from "@/components/site/site-document";

function describe(article: PublishedArticle): string {
  return article.standfirst || excerptDocument(article.body, 160);
}

/** /articles/[slug]: the article, its old slugs' 301s, or the 404. */
export async function articlePageResponse(slug: string): Promise<Response> {
  if (!isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const article = await getPublishedArticle(slug);
  if (!article) {
    // A published article's old slug answers 301 to its current one (issue #3).
    const current = await findSlugRedirect(slug);
    return current ? movedPermanentlyResponse(`/articles/${current}`) : notFoundResponse();
  }
  const related = await listRelatedArticles(article.id);
  const description = describe(article);
  const image = article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null;
  const corrections = article.corrections.map((c) => ({ text: `${CORRECTION_LABELS[c.kind]}: ${c.text}`, publishedAt: c.createdAt }));
  const meta = {
    ...buildArticleMetadata(article, description, image),
    jsonLd: buildNewsArticleJsonLd({ ...article, description, corrections, image }),
  };
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = trustedHtml(renderDocumentHtml(article.body));
  return htmlResponse(
    <SiteDocument meta={meta}>
      <ArticleView article={article} html={html} url={absoluteUrl(`/articles/${article.slug}`)} related={related} />
    </SiteDocument>,
  );
}
