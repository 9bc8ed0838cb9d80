import "server-only";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { settings } from "@/lib/settings";

// The GIN-only match query (listMatches in full-text.ts) runs on connections of its own,
// set up once for it. PostgreSQL prices `@@` as one cheap operator, but each check reads
// a vector of a few kilobytes stored out of line, so left alone it walks the date index
// or the whole table for words in a few percent of articles: here only the GIN index is
// left to it, and no JIT (it would cost more than the query). Set per connection, the
// query is one round trip instead of a transaction of four; and a burst of searches
// queues for these few connections, never for the ones editors' saves use.
// (Behind a transaction-mode pooler such as PgBouncer's, session settings do not stick:
// point DATABASE_URL at PostgreSQL or a session-mode pool.)
const MAX_CONNECTIONS = 4;
const SETUP = "SET enable_seqscan = off; SET enable_indexscan = off; SET jit = off; SET statement_timeout = '10s'";

type State = { datelineMatchPool?: pg.Pool; datelineMatchReady?: WeakSet<pg.PoolClient> };
const state = globalThis as unknown as State;

function pool(): pg.Pool {
  if (state.datelineMatchPool) return state.datelineMatchPool;
  const connectionString = settings().DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set.");
  const created = new pg.Pool({ connectionString, max: MAX_CONNECTIONS });
  // An idle connection dropped by the server must not become an uncaught exception.
  created.on("error", (error) => console.error("Search connection lost:", error.message));
  state.datelineMatchPool = created;
  return created;
}

/** Runs one match query (a Prisma.sql template, so values stay parameters). */
export async function queryMatches<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  const ready = (state.datelineMatchReady ??= new WeakSet());
  const client = await pool().connect();
  try {
    // Each connection is set up once, before its first query.
    if (!ready.has(client)) {
      await client.query(SETUP);
      ready.add(client);
    }
    const { rows } = await client.query<Row>(query.text, query.values as unknown[]);
    return rows;
  } finally {
    // The pool itself closes a connection that broke instead of handing it out again.
    client.release();
  }
}
