import "server-only";
import { listCardTargets } from "@/lib/articles/article-cards";
import { listArticleCardIds, listEmbedFrameOrigins } from "@/lib/content/embeds/embed-info";
import { renderDocumentHtml } from "@/lib/content/render-html";
import type { ContentDocument } from "@/lib/content/types";
import { EMBED_LOADER_PATH } from "@/lib/html/embed-loader";
import { trustedHtml, type SafeHtml } from "@/lib/html/safe-html";
import { readerContentSecurityPolicy } from "@/lib/http/csp";

export type RenderedBody = {
  html: SafeHtml;
  /** The embed loader, when the body has a player; otherwise none (the page stays script-free). */
  scripts: string[];
  /** The page's Content-Security-Policy: today's, or with 'self' scripts and this body's players as frame-src. */
  headers: Record<string, string>;
};

/**
 * An article body as a reader page shows it: article cards with their article's current
 * headline (or gone when it is not public), embeds as placeholders, and what the page
 * must allow for them (issue 15).
 */
export async function renderArticleBody(body: ContentDocument): Promise<RenderedBody> {
  const cards = await listCardTargets(listArticleCardIds(body));
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = trustedHtml(renderDocumentHtml(body, { cards }));
  const origins = listEmbedFrameOrigins(body);
  return {
    html,
    scripts: origins.length > 0 ? [EMBED_LOADER_PATH] : [],
    headers: { "Content-Security-Policy": readerContentSecurityPolicy(origins) },
  };
}
