import { CORRECTION_LABELS } from "@/lib/articles/corrections";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { getPublishedArticle, type PublishedArticle } from "@/lib/articles/get-published-article";
import { getExpiredArticle } from "@/lib/articles/get-expired-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { excerptDocument } from "@/lib/content/plain-text";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { isValidSlug } from "@/lib/content/slug";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { trustedHtml } from "@/lib/html/safe-html";
import { movedPermanentlyResponse } from "@/lib/http/moved-permanently";
import { buildArticleMetadata } from "@/lib/seo/article-metadata";
import { buildNewsArticleJsonLd } from "@/lib/seo/json-ld";
import type { PageMeta } from "@/lib/seo/page-meta";
import { ArticlePage } from "@/components/site/article-page";
import { GonePage } from "@/components/site/gone-page";

// Cached (ISR) on first request, as a whole HTML response. Saves expire it at once
// (revalidatePath); capPageLifetime() keeps a cached copy from outliving the next
// scheduled publication. See docs/architecture.md, "Reader pages" and "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

/** The article, its old slugs' 301s, or the 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const article = await getPublishedArticle(slug);
  if (!article) {
    // A published article's old slug answers 301 to its current one (issue #3).
    const current = await findSlugRedirect(slug);
    if (current) return movedPermanentlyResponse(`/articles/${current}`);
    // Past its end time (issue 13): gone, and said so, rather than unknown.
    const expired = await getExpiredArticle(slug);
    // Browsers hold a 410 with no stated lifetime as fresh forever (Chromium does), so it
    // says max-age=0: an editor may extend the end time and the article must come back.
    // The page cache still keeps it (expired like the article page, by saves and the clock).
    return expired ? htmlResponse(GonePage({ headline: expired.headline }), { status: 410, headers: { "Cache-Control": GONE_CACHE_CONTROL } }) : notFoundResponse();
  }
  const related = await listRelatedArticles(article.id);
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = trustedHtml(renderDocumentHtml(article.body));
  return htmlResponse(ArticlePage({ meta: describeArticle(article), article, html, related }));
}

const GONE_CACHE_CONTROL = "public, max-age=0, s-maxage=1";

// What search engines and link previews read: metadata, social cards and JSON-LD.
function describeArticle(article: PublishedArticle): PageMeta {
  const description = article.standfirst || excerptDocument(article.body, 160);
  const image = article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null;
  const corrections = article.corrections.map((c) => ({ text: `${CORRECTION_LABELS[c.kind]}: ${c.text}`, publishedAt: c.createdAt }));
  return {
    ...buildArticleMetadata(article, description, image),
    jsonLd: buildNewsArticleJsonLd({ ...article, description, corrections, image }),
  };
}
