/** @jsxImportSource @/lib/html */
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import type { SafeHtml } from "@/lib/html/safe-html";
import type { LiveOrder } from "@/lib/live/read-live";
import type { LiveState } from "@/lib/live/live-state";
import { formatDateTime } from "@/lib/site";
import { Byline } from "@/components/site/byline";
import type { Crumb } from "@/components/site/breadcrumbs";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { ShareLinks } from "@/components/site/share-links";
import { LiveEntry, type RenderedLiveEntry } from "@/components/site/live-entry";
import { ARTICLE_IMAGE_SIZES } from "@/lib/media/media-url";

export type LiveViewProps = {
  article: PublishedArticle;
  /** The summary: the article's body, from renderDocumentHtml. */
  html: SafeHtml;
  url: string;
  /** The primary section's trail, outermost first: the kicker is its last (as on the article page). */
  sectionTrail?: Crumb[];
  state: LiveState;
  startsAt: Date;
  endsAt: Date | null;
  modifiedAt: Date;
  timeZone: string;
  keyEvents: { id: string; headline: string; postedAt: Date; href: string }[];
  pinned: RenderedLiveEntry[];
  entries: RenderedLiveEntry[];
  order: LiveOrder;
  page: number;
  hasNext: boolean;
  total: number;
  /** Set on the first page, newest first, while coverage runs: the reader script's poll address. */
  pollUrl: string | null;
};

/** Address of one page of the stream (page 1 newest first is the article itself). */
export function livePageHref(slug: string, order: LiveOrder, page: number): string {
  const parts = [`/articles/${slug}`];
  if (order === "oldest" || page > 1) parts.push("/live");
  if (order === "oldest") parts.push("/oldest");
  if (page > 1) parts.push(`/page/${page}`);
  return parts.join("");
}

export function LiveView(props: LiveViewProps) {
  const { article, html, url, state, keyEvents, pinned, entries, order, page, hasNext, pollUrl, timeZone } = props;
  const slug = article.slug;
  const section = props.sectionTrail?.at(-1);
  return (
    <article className="live-page mx-auto max-w-2xl" data-live-state={state}>
      <header className="mb-6">
        <p className="flex items-center gap-3 text-sm font-semibold uppercase tracking-widest">
          <span data-live-status className={state === "live" ? "live-badge" : "text-neutral-700 dark:text-neutral-300"}>
            {state === "live" ? "Live" : state === "ended" ? "Coverage ended" : "Coverage starts soon"}
          </span>
          {section ? (
            <a href={section.href} className="text-red-800 hover:underline dark:text-red-300">{section.name}</a>
          ) : article.tags[0] ? (
            <span className="text-red-800 dark:text-red-300">{article.tags[0].name}</span>
          ) : null}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
        {article.standfirst ? <p className="mt-4 font-serif text-xl text-neutral-800 dark:text-neutral-200">{article.standfirst}</p> : null}
        <div className="mt-6 border-y border-neutral-300 py-3 text-sm text-neutral-800 dark:border-neutral-700 dark:text-neutral-200">
          <Byline people={article.bylines} />
          <p>
            Coverage from <time dateTime={props.startsAt.toISOString()}>{formatDateTime(props.startsAt)}</time>
            {props.endsAt && state === "ended" ? (
              <>
                {" to "}
                <time dateTime={props.endsAt.toISOString()}>{formatDateTime(props.endsAt)}</time>
              </>
            ) : null}
            {" · Last updated "}
            <time dateTime={props.modifiedAt.toISOString()}>{formatDateTime(props.modifiedAt)}</time>
          </p>
        </div>
        {state === "ended" ? (
          <p role="status" className="mt-4 rounded border border-neutral-400 bg-neutral-100 px-3 py-2 text-sm dark:border-neutral-600 dark:bg-neutral-900">
            This live coverage has ended. Every update is kept below.
          </p>
        ) : null}
      </header>
      {article.image ? (
        <figure className="mb-6">
          <ResponsiveImage image={article.image} sizes={ARTICLE_IMAGE_SIZES} priority />
          {article.image.caption ? <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">{article.image.caption}</figcaption> : null}
        </figure>
      ) : null}
      <section aria-labelledby="live-summary-heading" className="mb-6">
        <h2 id="live-summary-heading" className="sr-only">Summary</h2>
        <div className="article-body prose prose-lg prose-neutral max-w-none font-serif dark:prose-invert">
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      </section>
      {keyEvents.length > 0 ? (
        <nav aria-labelledby="key-events-heading" className="mb-6 border-l-4 border-red-800 pl-4 dark:border-red-300">
          <h2 id="key-events-heading" className="font-serif text-lg font-bold">Key events</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {keyEvents.map((event) => (
              <li>
                <a href={event.href} className="underline underline-offset-2">
                  <time dateTime={event.postedAt.toISOString()}>{formatDateTime(event.postedAt)}</time>: {event.headline}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {pinned.length > 0 && page === 1 ? (
        <section aria-labelledby="pinned-heading" className="mb-6 rounded border-2 border-neutral-900 px-4 dark:border-neutral-200">
          <h2 id="pinned-heading" className="sr-only">Pinned</h2>
          <ol className="live-pinned">{pinned.map((entry) => <LiveEntry entry={entry} slug={slug} timeZone={timeZone} />)}</ol>
        </section>
      ) : null}
      <section aria-labelledby="live-updates-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="live-updates-heading" className="font-serif text-2xl font-bold">Updates <span className="text-base font-normal text-neutral-700 dark:text-neutral-300">({props.total})</span></h2>
          <p className="text-sm">
            {order === "newest" ? (
              <>
                <span aria-current="true" className="font-semibold">Newest first</span> · <a href={livePageHref(slug, "oldest", 1)} className="underline">Oldest first</a>
              </>
            ) : (
              <>
                <a href={livePageHref(slug, "newest", 1)} className="underline">Newest first</a> · <span aria-current="true" className="font-semibold">Oldest first</span>
              </>
            )}
          </p>
        </div>
        {pollUrl ? (
          <div className="sticky top-0 z-10 my-2 min-h-0 text-center" aria-live="polite">
            <button type="button" hidden data-live-new className="rounded-full bg-red-800 px-4 py-2 text-sm font-semibold text-white shadow dark:bg-red-300 dark:text-neutral-900" />
          </div>
        ) : null}
        {pollUrl ? (
          <noscript>
            <p className="my-2 text-sm text-neutral-700 dark:text-neutral-300">Reload the page to see new updates.</p>
          </noscript>
        ) : null}
        {entries.length === 0 ? <p className="mt-4 text-neutral-700 dark:text-neutral-300">No updates yet.</p> : null}
        <ol id="live-entries" className="mt-2" data-poll={pollUrl ?? undefined} data-total={props.total}>
          {entries.map((entry) => <LiveEntry entry={entry} slug={slug} timeZone={timeZone} />)}
        </ol>
        {page > 1 || hasNext ? (
          <nav aria-label="Pages of updates" className="mt-6 flex items-center justify-between border-t border-neutral-300 pt-4 text-sm dark:border-neutral-700">
            {page > 1 ? <a href={livePageHref(slug, order, page - 1)} rel="prev" className="underline">← {order === "newest" ? "Newer" : "Earlier"} updates</a> : <span />}
            <span>Page {page}</span>
            {hasNext ? <a href={livePageHref(slug, order, page + 1)} rel="next" className="underline">{order === "newest" ? "Older" : "Later"} updates →</a> : <span />}
          </nav>
        ) : null}
      </section>
      <ShareLinks url={url} title={article.headline} />
    </article>
  );
}
