import "server-only";
import pg from "pg";
import { expireThisInstance } from "@/lib/cache/expire-this-instance";
import { settings } from "@/lib/settings";

// Makes "a scheduled article goes live at its time" hold for cached pages too, with no
// job to run. A cached page expires at the next publication time (capPageLifetime), but
// Next then serves the stale copy once while it re-renders. So the proxy asks, before
// any public page is looked up: has a scheduled publication come due since this
// instance last expired its pages? If so it expires them all first (tag expiry, which
// makes the next read a blocking render), and the reader gets the fresh page.
//
// One small query a second at most per instance; the due moment itself is caught from
// memory (nextDueAt), so the page is fresh from the first request after it.
const REFRESH_MS = 1_000;

type Watch = { loadedAt: number; lastDueAt: number | null; nextDueAt: number | null; handledUpTo: number | null };
type State = { datelineWatch?: Watch; datelineWatchPool?: pg.Pool; datelineWatchLoading?: Promise<void>; datelineWatchExpiring?: Promise<void> };
const state = globalThis as unknown as State;

function pool(): pg.Pool | null {
  const connectionString = settings().DATABASE_URL;
  if (!connectionString) return null;
  if (!state.datelineWatchPool) {
    state.datelineWatchPool = new pg.Pool({ connectionString, max: 1 });
    // An idle connection dropped by the server must not become an uncaught exception.
    state.datelineWatchPool.on("error", (error) => console.error("Publication watch connection lost:", error.message));
  }
  return state.datelineWatchPool;
}

async function load(watch: Watch): Promise<void> {
  const client = pool();
  if (!client) return;
  // Scheduled articles only: publishing now already expires its pages (revalidateArticlePages).
  const { rows } = await client.query<{ last: Date | null; next: Date | null }>(
    `SELECT (SELECT max(published_at) FROM articles WHERE status = 'SCHEDULED' AND published_at <= now()) AS last,
            (SELECT min(published_at) FROM articles WHERE status = 'SCHEDULED' AND published_at > now()) AS next`,
  );
  watch.lastDueAt = rows[0]?.last?.getTime() ?? null;
  watch.nextDueAt = rows[0]?.next?.getTime() ?? null;
  watch.loadedAt = Date.now();
}

async function refresh(watch: Watch): Promise<void> {
  state.datelineWatchLoading ??= load(watch).finally(() => {
    state.datelineWatchLoading = undefined;
  });
  await state.datelineWatchLoading;
}

/** Called by the proxy for public pages. Never throws: at worst a page is stale once. */
export async function expirePagesIfPublicationDue(origin: string): Promise<void> {
  const watch = (state.datelineWatch ??= { loadedAt: 0, lastDueAt: null, nextDueAt: null, handledUpTo: null });
  try {
    const now = Date.now();
    if (now - watch.loadedAt > REFRESH_MS || (watch.nextDueAt !== null && now >= watch.nextDueAt)) await refresh(watch);
    const due = watch.lastDueAt;
    if (due === null || (watch.handledUpTo !== null && due <= watch.handledUpTo)) return;
    state.datelineWatchExpiring ??= expireThisInstance(origin, { all: true, paths: [], routes: [] })
      .then(() => {
        watch.handledUpTo = due;
      })
      .finally(() => {
        state.datelineWatchExpiring = undefined;
      });
    await state.datelineWatchExpiring;
  } catch (error) {
    console.error("Could not check scheduled publications; pages refresh on their own lifetime:", error);
  }
}
