import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";

// Upper bound on how long any cached public page or fragment lives. Saves revalidate
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

/** Seconds a page rendered now may be cached: never past the next scheduled publication. */
export function cacheLifetimeSeconds(clock: PublicationClock, now = new Date()): number {
  if (!clock.nextDueAt) return PUBLIC_MAX_AGE_SECONDS;
  const untilNext = Math.ceil((clock.nextDueAt.getTime() - now.getTime()) / 1000);
  return Math.max(1, Math.min(PUBLIC_MAX_AGE_SECONDS, untilNext));
}

/**
 * Called by every cached (ISR) public page while it renders. Next lowers a page's
 * revalidate time to the smallest `revalidate` of any unstable_cache call made during
 * its render; this zero-cost cached no-op is how a page says "expire me when the next
 * scheduled article is due".
 */
export async function capPageLifetime(now = new Date()): Promise<PublicationClock> {
  const clock = await readPublicationClock(now);
  const seconds = cacheLifetimeSeconds(clock, now);
  await unstable_cache(async () => seconds, ["dateline-page-lifetime", String(seconds)], { revalidate: seconds })();
  return clock;
}

/** Tag on every cached public data fragment; saves invalidate it. */
export const PUBLIC_DATA_TAG = "public-articles";

/**
 * A public data fragment cached across requests (feeds, sitemaps). Its key includes the
 * latest publication time that has come, so the moment a scheduled article is due the
 * old entry is no longer asked for; saves invalidate PUBLIC_DATA_TAG.
 */
export async function readCachedPublicData<T>(name: string, args: string[], read: () => Promise<T>): Promise<T> {
  const clock = await readPublicationClock();
  const epoch = clock.lastDueAt?.toISOString() ?? "none";
  return unstable_cache(read, ["dateline-public", name, epoch, ...args], {
    tags: [PUBLIC_DATA_TAG],
    revalidate: cacheLifetimeSeconds(clock),
  })();
}
