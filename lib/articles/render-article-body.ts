import "server-only";
import { listCardTargets } from "@/lib/articles/article-cards";
import { listArticleCardIds, listEmbedFrameOrigins } from "@/lib/content/embeds/embed-info";
import { renderDocumentHtml } from "@/lib/content/render-html";
import type { ContentDocument } from "@/lib/content/types";
import { EMBED_LOADER_PATH } from "@/lib/html/embed-loader";
import { trustedHtml, type SafeHtml } from "@/lib/html/safe-html";
import { readerContentSecurityPolicy } from "@/lib/http/csp";

/** What a reader page must allow for the documents it shows (issue 15). */
export type EmbedAllowance = {
  /** The embed loader, when a document has a player; otherwise none (the page stays script-free). */
  scripts: string[];
  /** The page's Content-Security-Policy: today's, or with 'self' scripts and these documents' players as frame-src. */
  headers: Record<string, string>;
};

export type RenderedBody = EmbedAllowance & { html: SafeHtml };

/**
 * An article body as a reader page shows it: article cards with their article's current
 * headline (or gone when it is not public), embeds as placeholders, and what the page
 * must allow for them (issue 15).
 */
export async function renderArticleBody(body: ContentDocument): Promise<RenderedBody> {
  const cards = await listCardTargets(listArticleCardIds(body));
  // The one sanitizing renderer (lib/content/render-html.ts) is the only source of this HTML.
  const html = trustedHtml(renderDocumentHtml(body, { cards }));
  return { html, ...allowEmbeds([body]) };
}

/**
 * The loader and policy for a page that shows several documents (a live page: its summary
 * and the entries on it, issue 14): the players of all of them and nothing else. `live`
 * adds what the live updates script needs (`connect-src 'self'`).
 */
export function allowEmbeds(documents: readonly ContentDocument[], options: { live?: boolean } = {}): EmbedAllowance {
  const origins = [...new Set(documents.flatMap(listEmbedFrameOrigins))].sort();
  return {
    scripts: origins.length > 0 ? [EMBED_LOADER_PATH] : [],
    headers: { "Content-Security-Policy": readerContentSecurityPolicy(origins, options) },
  };
}
