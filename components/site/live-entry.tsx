/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { LiveEntryView } from "@/lib/live/read-live";
import { formatDateTime } from "@/lib/site";

export type RenderedLiveEntry = Omit<LiveEntryView, "body"> & {
  /** From renderDocumentHtml, the one sanitizing renderer. */
  html: SafeHtml;
};

// One formatter per zone (building one costs about 0.3 ms; a live page shows dozens of entries).
const TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();
function TIME(date: Date, timeZone: string): string {
  let format = TIME_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
    TIME_FORMATS.set(timeZone, format);
  }
  return format.format(date);
}

/**
 * One entry of a live page, as it is on the page and in the poll document (the reader
 * script inserts this same markup). Its permanent link leads through
 * /articles/<slug>/entries/<id> to whichever page holds it.
 */
export function LiveEntry({ entry, slug, timeZone }: { entry: RenderedLiveEntry; slug: string; timeZone: string }): SafeHtml {
  return (
    <li className="live-entry border-t border-neutral-300 py-5 dark:border-neutral-700" data-entry={entry.id} data-edited={entry.editedAt?.toISOString() ?? ""} data-posted={entry.postedAt.toISOString()}>
      <article id={`entry-${entry.id}`} tabIndex={-1} aria-labelledby={`entry-${entry.id}-time`} className="focus:outline-none">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          <a id={`entry-${entry.id}-time`} href={`/articles/${slug}/entries/${entry.id}`} className="font-bold text-red-800 underline-offset-2 hover:underline dark:text-red-300">
            <time dateTime={entry.postedAt.toISOString()} title={formatDateTime(entry.postedAt)}>{TIME(entry.postedAt, timeZone)}</time>
            <span className="sr-only"> (link to this update)</span>
          </a>
          {entry.pinned ? <span className="rounded bg-neutral-900 px-1.5 text-xs font-semibold uppercase text-white dark:bg-neutral-100 dark:text-neutral-900">Pinned</span> : null}
          {entry.keyEvent ? <span className="rounded border border-red-800 px-1.5 text-xs font-semibold uppercase text-red-800 dark:border-red-300 dark:text-red-300">Key event</span> : null}
          {entry.editedAt ? (
            <span className="text-neutral-700 dark:text-neutral-300">
              Updated <time dateTime={entry.editedAt.toISOString()}>{TIME(entry.editedAt, timeZone)}</time>
            </span>
          ) : null}
        </p>
        {entry.headline ? <h3 className="mt-1 font-serif text-xl font-bold leading-snug">{entry.headline}</h3> : null}
        <div className="article-body prose prose-neutral mt-2 max-w-none font-serif dark:prose-invert">
          <div dangerouslySetInnerHTML={{ __html: entry.html }} />
        </div>
        {entry.author ? (
          <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
            <a href={`/authors/${entry.author.slug}`} rel="author" className="underline-offset-2 hover:underline">{entry.author.name}</a>
          </p>
        ) : null}
      </article>
    </li>
  );
}
