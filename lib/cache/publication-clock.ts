import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";

// Upper bound on how long any cached public page, feed or sitemap lives. Saves revalidate
// at once (lib/cache/revalidate-public-pages.ts); this only bounds what a save cannot
// announce, such as a renamed author.
export const PUBLIC_MAX_AGE_SECONDS = 600;

export type PublicationClock = {
  /** The latest publication time that has come (changes the moment a scheduled article goes live). */
  lastDueAt: Date | null;
  /** The earliest publication time still in the future: no cached page may outlive it. */
  nextDueAt: Date | null;
};

// Two index lookups (articles_published_at_idx). Deliberately not filtered by status:
// a scheduled article may be stored as SCHEDULED or PUBLISHED with a future time, and
// an extra boundary only costs one early re-render. Written as ORDER BY … LIMIT 1, not
// aggregate(): Prisma wraps _max/_min in a subquery with OFFSET, which hides the index
// from PostgreSQL and read the whole table on every render (14 ms at 10,000 articles).
export async function readPublicationClock(now = new Date()): Promise<PublicationClock> {
  const [last, next] = await Promise.all([
    db.article.findFirst({ where: { publishedAt: { lte: now } }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } }),
    db.article.findFirst({ where: { publishedAt: { gt: now } }, orderBy: { publishedAt: "asc" }, select: { publishedAt: true } }),
  ]);
  return { lastDueAt: last?.publishedAt ?? null, nextDueAt: next?.publishedAt ?? null };
}

/**
 * Seconds a page rendered now may be cached: never past the next scheduled publication,
 * nor past `until` when the page gives an earlier end of its own.
 */
export function cacheLifetimeSeconds(clock: PublicationClock, now = new Date(), until?: Date): number {
  const ends = [clock.nextDueAt, until].filter((end): end is Date => end instanceof Date);
  const seconds = Math.min(PUBLIC_MAX_AGE_SECONDS, ...ends.map((end) => Math.ceil((end.getTime() - now.getTime()) / 1000)));
  return Math.max(1, seconds);
}

/**
 * Called by every cached (ISR) public page while it renders. Next lowers a page's
 * revalidate time to the smallest `revalidate` of any unstable_cache call made during
 * its render; this zero-cost cached no-op is how a page says "expire me when the next
 * scheduled article is due". `until` is an earlier end for a page that changes with
 * the clock alone (the news sitemap's window).
 */
export async function capPageLifetime(now = new Date(), until?: Date): Promise<PublicationClock> {
  const clock = await readPublicationClock(now);
  const seconds = cacheLifetimeSeconds(clock, now, until);
  await unstable_cache(async () => seconds, ["dateline-page-lifetime", String(seconds)], { revalidate: seconds })();
  return clock;
}
