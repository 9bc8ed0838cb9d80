import "server-only";
import { unstable_cache } from "next/cache";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { comingExpirySql, comingPublicArticleSql } from "@/lib/articles/public-filter";
import { loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { LIFETIME_END_TAG_PREFIX } from "@/lib/cache/freshness.js";
import { nextLiveBoundarySql } from "@/lib/live/coverage";

// Upper bound on how long any cached public page, feed or sitemap lives. Saves expire
// pages at once (lib/cache/revalidate-public-pages.ts); this only bounds what a save
// cannot announce, such as a renamed author.
export const PUBLIC_MAX_AGE_SECONDS = 600;

export type PublicationClock = {
  /** The earliest publication time still in the future: no cached page may outlive it. */
  nextDueAt: Date | null;
};

/**
 * The one publication clock: when does the next article become public with no save to
 * announce it? The public rule with its time bound turned around
 * (comingPublicArticleSql, lib/articles/public-filter.ts): the earliest such article
 * whose publication time is still to come. A draft with a time, or a trashed article, never goes live by
 * itself, so it sets no boundary. One index lookup (articles_published_at_idx), written
 * as ORDER BY … LIMIT 1, not aggregate(): Prisma wraps _min in a subquery with OFFSET,
 * which hides the index from PostgreSQL.
 */
export async function readPublicationClock(now = new Date()): Promise<PublicationClock> {
  // Issue 13: the same for what leaves by itself. The next article end time (the public
  // rule's end, articles_expires_at_idx) and the breaking-news banner's end (held in
  // memory, lib/site-chrome) bound every page too, so the first reader after either
  // gets a page without the article or the banner: no job takes them down. Live coverage
  // starting or ending by the clock changes pages too (the LIVE label, a live page's
  // state): issue 14, lib/live/coverage.ts.
  //
  // All of it in one statement, one index lookup each, on the app's pool without Prisma:
  // every uncached public page reads the clock, and four Prisma queries cost it about
  // four times the CPU of this one (docs/performance.md).
  const [[row], chrome] = await Promise.all([
    queryDb<{ next: Date | null; leaving: Date | null; live: Date | null }>(sql`
      SELECT
        (SELECT a.published_at FROM articles a WHERE ${comingPublicArticleSql("a", now)} ORDER BY a.published_at ASC LIMIT 1) AS next,
        (SELECT a.expires_at FROM articles a WHERE ${comingExpirySql("a", now)} ORDER BY a.expires_at ASC LIMIT 1) AS leaving,
        ${nextLiveBoundarySql(now)} AS live`),
    loadSiteChrome(),
  ]);
  const bannerEnd = chrome.banner?.endsAt && chrome.banner.endsAt.getTime() > now.getTime() ? chrome.banner.endsAt : null;
  const ends = [row?.next, row?.leaving, bannerEnd, row?.live].filter((end): end is Date => end instanceof Date);
  return { nextDueAt: ends.length === 0 ? null : new Date(Math.min(...ends.map((e) => e.getTime()))) };
}

/** The earliest of the next publication and `until`, if either is set. */
function earliestEnd(clock: PublicationClock, until?: Date): Date | null {
  const ends = [clock.nextDueAt, until].filter((end): end is Date => end instanceof Date);
  return ends.length === 0 ? null : new Date(Math.min(...ends.map((e) => e.getTime())));
}

/** When a page rendered now must stop being served: the next publication or `until`, whichever is first (null: only its maximum age). */
export function pageLifetimeEnd(clock: PublicationClock, now = new Date(), until?: Date): Date | null {
  const end = earliestEnd(clock, until);
  return end && end.getTime() - now.getTime() < PUBLIC_MAX_AGE_SECONDS * 1000 ? end : null;
}

/**
 * Seconds a page rendered now may be cached: never past the next scheduled publication,
 * nor past `until` when the page gives an earlier end of its own.
 */
export function cacheLifetimeSeconds(clock: PublicationClock, now = new Date(), until?: Date): number {
  const end = pageLifetimeEnd(clock, now, until);
  if (!end) return PUBLIC_MAX_AGE_SECONDS;
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
}

/**
 * Called by every cached (ISR) public page while it renders, before it reads what it
 * shows. Next lowers a page's revalidate time to the smallest `revalidate` of any
 * unstable_cache call made during its render, and attaches the call's tags to the page:
 * this zero-cost cached no-op is how a page says "expire me when the next scheduled
 * article is due". Seconds round up, so the exact moment travels as a lifetime-end tag,
 * and the page cache handler stops serving the copy at that very millisecond: the first
 * request after a scheduled time gets a fresh render, with no job and no watcher. `until`
 * is an earlier end for a page that changes with the clock alone (the news sitemap's
 * window).
 */
export async function capPageLifetime(now = new Date(), until?: Date): Promise<PublicationClock> {
  const clock = await readPublicationClock(now);
  const seconds = cacheLifetimeSeconds(clock, now, until);
  const end = pageLifetimeEnd(clock, now, until);
  const tags = end ? [`${LIFETIME_END_TAG_PREFIX}${end.getTime()}`] : [];
  await unstable_cache(async () => seconds, ["dateline-page-lifetime", String(seconds)], { revalidate: seconds, tags })();
  return clock;
}
