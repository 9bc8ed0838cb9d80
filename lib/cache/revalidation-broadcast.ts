import "server-only";
import pg from "pg";
import { REVALIDATION_CHANNEL, encodeRevalidation, instanceId, type RevalidationMessage } from "@/lib/cache/revalidation-message";
import { settings } from "@/lib/settings";

// Several app instances serve one database, each with its own copy of Next's page cache.
// After a change, the instance that made it expires its own pages (expireLocally) and
// tells the others over PostgreSQL LISTEN/NOTIFY; each of them expires the same pages
// (lib/cache/revalidation-listener.ts), milliseconds later. No Redis or shared cache
// handler needed: the database every instance already talks to carries the message.

type State = { datelineBroadcastPool?: pg.Pool };
const state = globalThis as unknown as State;

function pool(): pg.Pool | null {
  const connectionString = settings().DATABASE_URL;
  if (!connectionString) return null;
  if (!state.datelineBroadcastPool) {
    state.datelineBroadcastPool = new pg.Pool({ connectionString, max: 2 });
    // An idle connection dropped by the server must not become an uncaught exception.
    state.datelineBroadcastPool.on("error", (error) => console.error("Revalidation broadcast connection lost:", error.message));
  }
  return state.datelineBroadcastPool;
}

/** Tells every other instance to expire these pages. Never throws: logs and goes on. */
export async function broadcastRevalidation(message: RevalidationMessage): Promise<void> {
  try {
    const client = pool();
    if (!client) return;
    await client.query("SELECT pg_notify($1, $2)", [REVALIDATION_CHANNEL, encodeRevalidation(instanceId(), message)]);
  } catch (error) {
    console.error("Could not tell the other instances to expire pages; they refresh on their own lifetime:", error);
  }
}
