// @ts-check
// Next's page cache (ISR) for this instance: `cacheHandler` in next.config.js. Next asks it
// for every cached page, feed and sitemap, stores each render in it, and tells it about
// every revalidatePath/revalidateTag. See docs/architecture.md, "Caching and freshness".
//
//   - Entries live in this process's memory, in an LRU bounded in bytes.
//   - An entry is a miss once any of its tags was expired after its render STARTED
//     (lib/cache/freshness.js keeps tag → last expiry, in this process's clock), or once
//     its lifetime is over: no stale copy is ever served, so a page capped at the next
//     scheduled publication (capPageLifetime) shows the article from its first request
//     after the time, with no job and no watcher.
//   - revalidateTag records the expiry here, at once, and announces it to every other
//     instance with one NOTIFY (lib/cache/revalidation-listener.ts hears and records them).
//
// Plain JavaScript (// @ts-check; types in page-cache-handler.d.ts): Next imports this file
// with Node's own loader at run time, it is not part of the app's bundles.
import { LRUCache } from "lru-cache";
import { LIFETIME_END_TAG_PREFIX, freshness, isExpiredSince, recordExpiry } from "./freshness.js";

const MAX_BYTES = 256 * 1024 * 1024;
// A render that has not stored its result after this long has failed (or was not
// cacheable); the next miss starts the clock again.
const RENDER_GIVES_UP_MS = 60_000;
const MAX_RENDERS_IN_FLIGHT = 10_000;
const TAGS_HEADER = "x-next-cache-tags";
const ARTICLE_PATH_PREFIX = "/articles/";
const ROUTE_PATH_MARK = "/$/";
const ROUTE_KEY_PREFIX = "/route-cache/APP_ROUTE/";

/**
 * @typedef {{
 *   lastModified: number,
 *   value: any,
 *   cacheControl?: { revalidate: number | false, expire?: number },
 *   tags: string[],
 *   endsAt: number,
 *   size: number,
 * }} Entry
 * @typedef {{ store: LRUCache<string, Entry>, renderStarts: Map<string, number>, routeKeys: Map<string, string> }} PageCache
 */

const CACHE = Symbol.for("dateline.page-cache");

/** @returns {PageCache} */
function pageCache() {
  const holder = /** @type {{ [CACHE]?: PageCache }} */ (/** @type {unknown} */ (globalThis));
  if (holder[CACHE]) return holder[CACHE];
  /** @type {Map<string, string>} */
  const routeKeys = new Map();
  holder[CACHE] = {
    store: new LRUCache({
      maxSize: MAX_BYTES,
      sizeCalculation: (entry) => entry.size,
      // The address index holds exactly the route entries the store holds.
      dispose: (_entry, key) => {
        const address = routeAddress(key);
        if (address !== null && routeKeys.get(address) === key) routeKeys.delete(address);
      },
    }),
    renderStarts: new Map(),
    routeKeys,
  };
  return holder[CACHE];
}

export default class PageCacheHandler {
  // Next makes one handler per request; everything lives in pageCache() and freshness().
  constructor(/** @type {unknown} */ _context) {}

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} context
   */
  async get(key, context) {
    const { store, renderStarts } = pageCache();
    const entry = store.get(key);
    const now = Date.now();
    if (entry && isFresh(entry, now) && !isFetchExpired(context, entry.lastModified)) return entry;
    if (entry) store.delete(key);
    // A render starts now. Its result is stored as modified NOW, not when it finishes: a
    // change committed while it reads the database may or may not be in it, so an expiry
    // recorded at any point after this moment must expire it. Timing the entry at set()
    // would let a render that began before an editor's save be stored as fresher than
    // the save, and serve the old article until its lifetime ran out. The earliest
    // start of renders in flight is kept: concurrent renders of one key each count from
    // the first.
    const started = renderStarts.get(key);
    if (started === undefined || now - started > RENDER_GIVES_UP_MS) {
      if (renderStarts.size >= MAX_RENDERS_IN_FLIGHT) renderStarts.clear();
      renderStarts.set(key, now);
    }
    return null;
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ fetchCache?: boolean, tags?: string[], cacheControl?: { revalidate: number | false, expire?: number } }} context
   */
  async set(key, data, context) {
    const { store, renderStarts } = pageCache();
    const started = renderStarts.get(key);
    renderStarts.delete(key);
    // Next always asks (get) before it renders, so a start is known. Without one (a
    // background re-store of the copy it already had), the previous copy's own time is
    // the safe one; with neither, the entry is stored as already out of date.
    if (!isStorable(key, data)) return;
    const lastModified = started ?? store.peek(key)?.lastModified ?? 0;
    const cacheControl = context.fetchCache ? undefined : context.cacheControl;
    const { tags, endsAt } = readTags(data, context, lastModified);
    const size = key.length + valueSize(data) + tags.reduce((sum, tag) => sum + tag.length + 8, 0) + 64;
    if (size > MAX_BYTES) return;
    store.set(key, { lastModified, value: data, cacheControl, tags, endsAt, size });
    const address = data?.kind === "APP_ROUTE" ? routeAddress(key) : null;
    if (address !== null) pageCache().routeKeys.set(address, key);
  }

  /**
   * Next calls this for revalidatePath/revalidateTag once the server action or route
   * handler that called them is done. Profiles (stale-while-revalidate) are not used
   * here: every expiry is immediate.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    recordExpiry(list);
    await freshness().announce?.(list);
  }

  resetRequestCache() {}
}

/**
 * The one freshness rule: an entry is served until its lifetime ends or any of its tags
 * is expired at or after the moment its render started.
 * @param {Entry} entry
 * @param {number} now
 */
function isFresh(entry, now) {
  return now < entry.endsAt && !isExpiredSince(entry.tags, entry.lastModified);
}

/**
 * The cached route response for an address (a request's path as it arrived, without a
 * query), if this instance holds one that get() would serve now; otherwise undefined, and
 * the request goes to Next as usual (which then renders, or finds a copy another way). For
 * the server front (lib/http/serve-cached-route.js): the same entry, by the same rule.
 * @param {string} address
 * @returns {Entry | undefined}
 */
export function findFreshRoute(address) {
  const { store, routeKeys } = pageCache();
  const key = routeKeys.get(address);
  if (key === undefined) return undefined;
  const entry = store.get(key);
  return entry && isFresh(entry, Date.now()) ? entry : undefined;
}

/** How many entries and bytes this instance holds (for tests and diagnostics). */
export function describePageCache() {
  const { store } = pageCache();
  return { entries: store.size, bytes: store.calculatedSize };
}

/**
 * An entry as stored, without touching it (for tests).
 * @param {string} key
 */
export function peekPageCache(key) {
  return pageCache().store.peek(key);
}

/**
 * An article address keeps an article (or its 410 once it has expired), never a 404 or a
 * redirect: its route answers unknown and old slugs from memory (lib/articles/known-slugs.ts,
 * the redirect index) before it reads anything, so keeping those would save nothing and
 * let a flood of random slugs push real pages out of the cache.
 * @param {string} key
 * @param {any} data
 */
function isStorable(key, data) {
  const answeredFromMemory = data?.status === 404 || (data?.status >= 300 && data?.status < 400);
  return !(data?.kind === "APP_ROUTE" && answeredFromMemory && routePath(key).startsWith(ARTICLE_PATH_PREFIX));
}

/**
 * The address a route entry is for: Next keys them "/route-cache/APP_ROUTE/<build hash>/$<path>".
 * @param {string} key
 */
function routePath(key) {
  const at = key.indexOf(ROUTE_PATH_MARK);
  return at === -1 ? key : key.slice(at + ROUTE_PATH_MARK.length - 1);
}

/**
 * The address a route entry answers, as a request names it: Next keys route entries
 * "/route-cache/APP_ROUTE/<hash of the route's source>/$<path>", with "/" stored as
 * "/index" (and a path under /index with one more /index in front, normalizePagePath).
 * Null for any other entry.
 * @param {string} key
 */
function routeAddress(key) {
  if (!key.startsWith(ROUTE_KEY_PREFIX)) return null;
  const path = routePath(key);
  if (path === key) return null;
  if (path === "/index") return "/";
  return path.startsWith("/index/") ? path.slice("/index".length) : path;
}

/**
 * Unstable_cache results are looked up with the page's tags (softTags) and their own.
 * @param {{ kind?: string, tags?: string[], softTags?: string[] }} context
 * @param {number} since
 */
function isFetchExpired(context, since) {
  if (context.kind !== "FETCH") return false;
  return (context.tags !== undefined && isExpiredSince(context.tags, since)) || (context.softTags !== undefined && isExpiredSince(context.softTags, since));
}

/**
 * The entry's tags, worked out once here so get() does no string work, and the moment it
 * stops being served: its start plus its lifetime in seconds, or the exact end a render
 * gave with a lifetime-end tag (capPageLifetime), whichever comes first.
 * @param {any} data
 * @param {{ fetchCache?: boolean, tags?: string[], cacheControl?: { revalidate: number | false } }} context
 * @param {number} lastModified
 */
function readTags(data, context, lastModified) {
  const header = data?.headers?.[TAGS_HEADER];
  const all = context.fetchCache ? (context.tags ?? []) : typeof header === "string" && header !== "" ? header.split(",") : [];
  const seconds = context.fetchCache ? data?.revalidate : context.cacheControl?.revalidate;
  let endsAt = typeof seconds === "number" && seconds > 0 ? lastModified + seconds * 1000 : Infinity;
  /** @type {string[]} */
  const tags = [];
  for (const tag of all) {
    if (!tag.startsWith(LIFETIME_END_TAG_PREFIX)) {
      tags.push(tag);
      continue;
    }
    const end = Number(tag.slice(LIFETIME_END_TAG_PREFIX.length));
    if (Number.isFinite(end)) endsAt = Math.min(endsAt, end);
  }
  return { tags, endsAt };
}

/**
 * Bytes an entry holds, as Next's own memory cache counts them.
 * @param {any} value
 */
function valueSize(value) {
  if (!value) return 25;
  switch (value.kind) {
    case "APP_ROUTE":
      return value.body?.length ?? 0;
    case "APP_PAGE":
      return (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0) + segmentSize(value.segmentData);
    case "PAGES":
      return (value.html?.length ?? 0) + (JSON.stringify(value.pageData)?.length ?? 0);
    case "FETCH":
      return JSON.stringify(value.data ?? "").length;
    default:
      return JSON.stringify(value)?.length ?? 25;
  }
}

/** @param {Map<string, { length: number }> | undefined} segments */
function segmentSize(segments) {
  let size = 0;
  for (const [path, buffer] of segments ?? []) size += path.length + buffer.length;
  return size;
}
