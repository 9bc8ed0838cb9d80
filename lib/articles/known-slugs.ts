import "server-only";
import { hasDatabase, queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { expiredArticleSql, publicArticleSql } from "@/lib/articles/public-filter";
import { slugRedirectsSql } from "@/lib/articles/find-redirect";

// The article route answers 404 from memory for slugs readers cannot see, so a flood of
// random slugs costs no page render (docs/architecture.md, "Unknown article slugs"). A
// slug is public when a public article has it (the one rule, publicArticleSql) or a
// slug redirect readers get has it (the one definition, slugRedirectsSql). A draft's, a
// scheduled article's or a trashed article's slug is answered exactly as an unknown one,
// by the same 404 from the same place, so nobody can confirm an embargoed story's
// address (issue #11, item 5). An article past its end time (issue 13) was public, so
// its slug reaches the page, which answers 410 Gone with a notice.
//
// Public slugs are kept in memory: a real article costs no query. A slug not in the set
// is asked of PostgreSQL before it is called unknown, so an article published (or come
// due) a moment ago on another instance is never answered 404 here. Requests that miss
// while a query is running wait for the next one, which asks for all of them at once:
// one indexed query per round trip however many misses arrive, and every answer comes
// from a query started after its request arrived. A slug that stops being public
// (unpublished, trashed, renamed) is forgotten by `forgetArticleSlugs` when its pages
// are expired (lib/cache/expiry-effects.ts, in every instance, local and heard expiries
// alike), and in any case at the next reload.
const RELOAD_MS = 10 * 60_000;
const RETRY_MS = 5_000;
// On the app pool (lib/db/connections.ts), shared with the pages: a query that waits
// longer than this for a connection or an answer lets the request through (fail open).
const QUERY_TIMEOUT_MS = 2_000;
const MAX_BATCH = 500;

type Waiter = { slug: string; resolve: (possible: boolean) => void };
type State = {
  slugs: Set<string> | null;
  loadedAt: number;
  loading: Promise<void> | null;
  failedAt: number;
  queue: Waiter[];
  asking: boolean;
  // Bumped by every forget: an answer from a query started before it is not kept.
  generation: number;
};

const holder = globalThis as unknown as { datelineKnownSlugs?: State };
const state = (holder.datelineKnownSlugs ??= { slugs: null, loadedAt: 0, loading: null, failedAt: 0, queue: [], asking: false, generation: 0 });
state.generation ??= 0;

// Public articles' slugs and redirecting slugs, all of them or only `slugs`.
function publicSlugs(slugs?: readonly string[]): Promise<{ slug: string }[]> {
  const now = new Date();
  const only = slugs ? sql`a."slug" = ANY(${[...slugs]}::text[]) AND ` : sql``;
  return queryDb<{ slug: string }>(
    sql`SELECT a."slug" FROM "articles" a WHERE ${only}${publicArticleSql("a", now)}
        UNION ALL SELECT a."slug" FROM "articles" a WHERE ${only}${expiredArticleSql("a", now)}
        UNION ALL SELECT r."slug" FROM (${slugRedirectsSql(now, slugs)}) r`,
    { timeoutMs: QUERY_TIMEOUT_MS },
  );
}

async function loadAll(): Promise<void> {
  const generation = state.generation;
  const rows = await publicSlugs();
  if (generation !== state.generation) return;
  state.slugs = new Set(rows.map((r) => r.slug));
  state.loadedAt = Date.now();
}

// Once at start (waited for), then every few minutes behind the old set, to forget
// slugs that are gone (a stale entry only costs a render of the page's own 404).
// After `forgetAllArticleSlugs` the next request waits for a fresh load.
function ensureLoaded(): Promise<void> | null {
  const stale = !state.slugs || Date.now() - state.loadedAt > RELOAD_MS;
  const resting = Date.now() - state.failedAt < RETRY_MS;
  if (stale && !state.loading && !resting) {
    state.loading = loadAll()
      .catch((error: unknown) => {
        state.failedAt = Date.now();
        console.error("Could not load known article slugs:", error);
      })
      .finally(() => {
        state.loading = null;
      });
  }
  return state.slugs ? null : state.loading;
}

async function askBatch(waiters: Waiter[]): Promise<void> {
  const slugs = [...new Set(waiters.map((w) => w.slug))];
  const generation = state.generation;
  try {
    const rows = await publicSlugs(slugs);
    const found = new Set(rows.map((r) => r.slug));
    if (generation === state.generation) for (const slug of found) state.slugs?.add(slug);
    for (const w of waiters) w.resolve(found.has(w.slug));
  } catch (error) {
    // Fail open: the page renders and decides for itself.
    console.error("Could not check article slugs; letting the page answer:", error);
    for (const w of waiters) w.resolve(true);
  }
}

async function drainQueue(): Promise<void> {
  if (state.asking) return;
  state.asking = true;
  try {
    while (state.queue.length > 0) await askBatch(state.queue.splice(0, MAX_BATCH));
  } finally {
    state.asking = false;
  }
}

/** A slug stopped being public (or may have): ask PostgreSQL next time. */
export function forgetArticleSlugs(slugs: readonly string[]): void {
  state.generation += 1;
  for (const slug of slugs) state.slugs?.delete(slug);
}

/** Anything may have changed: load the set afresh before the next answer. */
export function forgetAllArticleSlugs(): void {
  state.generation += 1;
  state.slugs = null;
  state.loadedAt = 0;
}

/**
 * Could readers see an article (or a redirect to one) at this slug? Answers from memory for known slugs,
 * otherwise from PostgreSQL. Never throws: without an answer it says true.
 */
export async function isPossibleArticleSlug(slug: string): Promise<boolean> {
  if (!hasDatabase()) return true;
  const loading = ensureLoaded();
  if (loading) await loading;
  if (state.slugs?.has(slug)) return true;
  return new Promise<boolean>((resolve) => {
    state.queue.push({ slug, resolve });
    void drainQueue();
  });
}
