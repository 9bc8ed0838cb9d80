/** @jsxImportSource @/lib/html */
import "server-only";
import { getPreviewArticle } from "@/lib/articles/preview-links";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { htmlResponse } from "@/lib/html/html-response";
import { trustedHtml } from "@/lib/html/safe-html";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { ArticleView } from "@/components/site/article-view";
import { notFoundResponse } from "@/components/site/not-found-view";
import { SiteDocument } from "@/components/site/site-document";

// Never cached, never indexed, and the token never leaves in a Referer header.
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow, noarchive", "Referrer-Policy": "no-referrer" };

/**
 * A private preview of the current draft, rendered by the article page's own view so it
 * reads exactly as readers will see it. Expired, revoked and unknown tokens are all the same 404.
 */
export async function previewPageResponse(token: string): Promise<Response> {
  const article = await getPreviewArticle(token);
  if (!article) {
    const missing = notFoundResponse();
    for (const [name, value] of Object.entries(PRIVATE)) missing.headers.set(name, value);
    return missing;
  }
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = trustedHtml(renderDocumentHtml(article.body));
  return htmlResponse(
    <SiteDocument meta={{ title: `Preview: ${article.headline}`, robots: "noindex, nofollow, noarchive" }}>
      <p role="note" className="mx-auto mb-6 max-w-2xl rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
        Preview of an unpublished draft. Do not share this link publicly.
      </p>
      <ArticleView article={article} html={html} url={absoluteUrl(`/articles/${article.slug}`)} related={[]} preview />
    </SiteDocument>,
    { headers: PRIVATE },
  );
}
