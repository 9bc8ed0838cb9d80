// Started once per server process by instrumentation.ts. This instance's one dedicated
// database connection for freshness (opened by lib/db/connections.ts, named
// "dateline freshness" in pg_stat_activity): it LISTENs on the expiry channel and records every expiry another
// instance (or `npm run import`) announces, in this instance's own clock at receipt
// (lib/cache/freshness.js); and it carries this instance's own announcements, one NOTIFY
// per expiry (PostgreSQL delivers a session's NOTIFY to its own LISTEN too: those are
// recognised by the backend's process id and skipped, they were recorded when made).
import { EVERY_PAGE_TAG, freshness, recordExpiry } from "@/lib/cache/freshness.js";
import { EXPIRY_CHANNEL, decodeExpiry, encodeExpiry } from "@/lib/cache/expiry-message";
import { hasDatabase, openListenConnection, type ListenConnection } from "@/lib/db/connections";

const MAX_BACKOFF_MS = 5_000;

type Listener = { started: boolean; stopped: boolean; client: ListenConnection | null; owesEveryPage: boolean; listening: Array<() => void> };
const STATE = Symbol.for("dateline.revalidation-listener");

function listener(): Listener {
  const holder = globalThis as unknown as { [STATE]?: Listener };
  holder[STATE] ??= { started: false, stopped: false, client: null, owesEveryPage: false, listening: [] };
  return holder[STATE];
}

/**
 * Tells every other instance what this one expired: one NOTIFY, whatever the number of
 * pages. Never throws. Without a connection, the debt is paid when it is back: one
 * announcement that expires every page, since the others cannot know what they missed.
 */
async function announce(tags: readonly string[]): Promise<void> {
  const state = listener();
  const client = state.client;
  if (!client) {
    state.owesEveryPage = true;
    console.error("Expired pages could not be announced to the other instances (no connection); every page will be announced once it is back.");
    return;
  }
  try {
    await client.query("SELECT pg_notify($1, $2)", [EXPIRY_CHANNEL, encodeExpiry(tags)]);
  } catch (error) {
    state.owesEveryPage = true;
    console.error("Expired pages could not be announced to the other instances; every page will be announced once the connection is back:", error);
  }
}

function connect(attempt: number): void {
  const state = listener();
  const client = openListenConnection();
  let retried = false;
  const retry = () => {
    if (retried) return;
    retried = true;
    if (state.client === client) state.client = null;
    client.end().catch(() => undefined);
    if (state.stopped) return;
    setTimeout(() => connect(attempt + 1), Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt)).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (notification) => {
    if (notification.channel !== EXPIRY_CHANNEL || !notification.payload) return;
    if (notification.processId === (client as unknown as { processID: number }).processID) return;
    const tags = decodeExpiry(notification.payload);
    if (tags) recordExpiry(tags);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${EXPIRY_CHANNEL}`))
    .then(() => {
      state.client = client;
      // Anything announced while this instance was not listening (before this first
      // connection, or while it was down) went unheard: expire every page here once.
      recordExpiry([EVERY_PAGE_TAG]);
      if (state.owesEveryPage) {
        state.owesEveryPage = false;
        void announce([EVERY_PAGE_TAG]);
      }
      for (const resolve of state.listening.splice(0)) resolve();
    })
    .catch(retry);
}

/**
 * Opens the freshness connection (once per process) and makes it carry this instance's
 * announcements. Resolves when it first listens; the server does not wait for that.
 */
export function startRevalidationListener(): Promise<void> {
  const state = listener();
  if (!hasDatabase()) return Promise.resolve();
  const listening = state.client ? Promise.resolve() : new Promise<void>((resolve) => state.listening.push(resolve));
  if (state.started) return listening;
  state.started = true;
  state.stopped = false;
  freshness().announce = announce;
  connect(0);
  return listening;
}

/** Closes the freshness connection for good (tests; a server keeps it for its lifetime). */
export async function stopRevalidationListener(): Promise<void> {
  const state = listener();
  state.stopped = true;
  state.started = false;
  if (freshness().announce === announce) freshness().announce = null;
  const client = state.client;
  state.client = null;
  await client?.end().catch(() => undefined);
}
