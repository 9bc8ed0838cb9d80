import { getPreviewArticle } from "@/lib/articles/preview-links";
import { renderArticleBody } from "@/lib/articles/render-article-body";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { PreviewPage } from "@/components/site/preview-page";

export const dynamic = "force-dynamic";

// Never cached, never indexed, and the token never leaves in a Referer header.
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow, noarchive", "Referrer-Policy": "no-referrer" };

/** A private preview of the current draft. Expired, revoked and unknown tokens are all the same 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const article = await getPreviewArticle((await params).token);
  if (!article) {
    const missing = notFoundResponse();
    for (const [name, value] of Object.entries(PRIVATE)) missing.headers.set(name, value);
    return missing;
  }
  const body = await renderArticleBody(article.body);
  return htmlResponse(PreviewPage({ article, html: body.html, scripts: body.scripts }), { headers: { ...PRIVATE, ...body.headers } });
}
