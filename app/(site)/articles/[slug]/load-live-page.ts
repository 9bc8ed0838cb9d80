import "server-only";
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import { excerptDocument, documentToPlainText } from "@/lib/content/plain-text";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { trustedHtml } from "@/lib/html/safe-html";
import { allowEmbeds, renderArticleBody } from "@/lib/articles/render-article-body";
import type { LiveCoverageView } from "@/lib/live/coverage";
import { LIVE_PAGE_SIZE, LIVE_POLL_ENTRIES, liveState } from "@/lib/live/live-state";
import { listKeyEvents, listLiveEntries, listPinnedEntries, readLiveVersion, type LiveEntryView, type LiveOrder } from "@/lib/live/read-live";
import { tagLiveResponse } from "@/lib/live/live-pages";
import { buildArticleMetadata } from "@/lib/seo/article-metadata";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { buildLiveBlogJsonLd } from "@/lib/seo/live-json-ld";
import { getSectionById } from "@/lib/sections/get-section";
import { siteName, siteTimeZone } from "@/lib/site";
import { LivePage } from "@/components/site/live-page";
import { livePageHref } from "@/components/site/live-view";
import type { RenderedLiveEntry } from "@/components/site/live-entry";

/** The reader script, served from public/ (same origin; the live page's policy allows only it). */
export const LIVE_SCRIPT_PATH = "/live-updates.js";

export function livePollPath(slug: string): string {
  return `/articles/${slug}/live.json`;
}

/** An entry through the one sanitizing renderer (lib/content/render-html.ts). */
export function renderLiveEntry(entry: LiveEntryView): RenderedLiveEntry {
  const { body, ...rest } = entry;
  return { ...rest, html: trustedHtml(renderDocumentHtml(body)) };
}

/** The newest change readers can see: the article's own update or the newest entry change. */
export function liveModifiedAt(article: PublishedArticle, lastChangedAt: Date | null): Date {
  return lastChangedAt && lastChangedAt > article.updatedAt ? lastChangedAt : article.updatedAt;
}

/**
 * A live article's page: summary, key events, pinned entries and one page of the stream
 * (newest or oldest first). Tagged so any entry change expires it (lib/live/live-pages.ts).
 * Page 1 newest first, while coverage runs, carries the reader script.
 */
export async function liveArticleResponse(article: PublishedArticle, coverage: LiveCoverageView, view: { order: LiveOrder; page: number }, now = new Date()): Promise<Response> {
  await tagLiveResponse(article.id);
  const [stream, keyEvents, pinned, version, newest, section, summary] = await Promise.all([
    listLiveEntries(article.id, { order: view.order, page: view.page }),
    listKeyEvents(article.id),
    view.page === 1 ? listPinnedEntries(article.id) : Promise.resolve([]),
    readLiveVersion(article.id),
    view.order === "newest" && view.page === 1 ? null : listLiveEntries(article.id, { order: "newest", perPage: LIVE_POLL_ENTRIES }),
    article.sectionId ? getSectionById(article.sectionId) : null,
    // The summary as the article page draws its body: cards with current headlines, embeds as placeholders.
    renderArticleBody(article.body),
  ]);
  if (stream.entries.length === 0 && view.page > 1) return notFoundResponse();
  const state = liveState(coverage, now);
  const modifiedAt = liveModifiedAt(article, version.lastChangedAt);
  const shownIds = new Set(stream.entries.map((e) => e.id));
  const pollUrl = state !== "ended" && view.order === "newest" && view.page === 1 ? livePollPath(article.slug) : null;
  const newestEntries = newest?.entries ?? stream.entries.slice(0, LIVE_POLL_ENTRIES);
  // Embeds in the summary or in an entry on this page get the article page's loader and
  // frame-src (issue 15); a running page 1 keeps its own script and connect-src too.
  const allowance = allowEmbeds([article.body, ...pinned.map((e) => e.body), ...stream.entries.map((e) => e.body)], { live: pollUrl !== null });
  const sectionTrail = (section?.trail ?? []).map((s) => ({ name: s.name, href: `/sections/${s.path}` }));

  const image = article.image ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt } : null;
  const articleMeta = buildArticleMetadata({ ...article, updatedAt: modifiedAt }, image);
  const description = articleMeta.description;
  const meta = {
    ...articleMeta,
    title: `${state === "live" ? "LIVE: " : ""}${articleMeta.title}`,
    scripts: allowance.scripts,
    canonical: absoluteUrl(livePageHref(article.slug, view.order, view.page)),
    feeds: [
      { href: `/articles/${article.slug}/feed.xml`, title: `${article.headline}: live updates` },
      { href: "/feed.xml", title: siteName() },
    ],
    jsonLd: buildLiveBlogJsonLd(
      { ...article, description, image, corrections: [], section: section?.name ?? null },
      {
        startsAt: coverage.startsAt,
        endsAt: coverage.endsAt,
        modifiedAt,
        entries: newestEntries.map((e) => ({ id: e.id, headline: e.headline, text: documentToPlainText(e.body), postedAt: e.postedAt, editedAt: e.editedAt, author: e.author })),
      },
    ),
  };
  const document = LivePage({
    meta,
    script: pollUrl ? LIVE_SCRIPT_PATH : null,
    section: section ? { path: section.path, front: false } : undefined,
    view: {
      article,
      html: summary.html,
      sectionTrail,
      url: absoluteUrl(`/articles/${article.slug}`),
      state,
      startsAt: coverage.startsAt,
      endsAt: coverage.endsAt,
      modifiedAt,
      timeZone: siteTimeZone(),
      keyEvents: keyEvents.map((e) => ({
        id: e.id,
        headline: e.headline || excerptDocument(e.body, 80),
        postedAt: e.postedAt,
        href: shownIds.has(e.id) ? `#entry-${e.id}` : `/articles/${article.slug}/entries/${e.id}`,
      })),
      pinned: pinned.map(renderLiveEntry),
      entries: stream.entries.map(renderLiveEntry),
      order: view.order,
      page: stream.page,
      hasNext: stream.hasNext,
      total: version.count,
      pollUrl,
    },
  });
  return htmlResponse(document, { headers: allowance.headers });
}

/** Where an entry sits: the first page newest first when it is among the newest, else its (stable) oldest-first page. */
export function liveEntryHref(slug: string, entryId: string, position: number, total: number): string {
  const fromNewest = total - position + 1;
  if (fromNewest <= LIVE_PAGE_SIZE) return `/articles/${slug}#entry-${entryId}`;
  return `${livePageHref(slug, "oldest", Math.ceil(position / LIVE_PAGE_SIZE))}#entry-${entryId}`;
}
