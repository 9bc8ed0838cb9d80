import "server-only";
import pg from "pg";
import { settings } from "@/lib/settings";
import type { SqlQuery } from "@/lib/db/sql";

// Every connection a Dateline instance opens to PostgreSQL is made here, and only these
// (docs/architecture.md, "Database connections"):
//   1. the app pool, DATABASE_POOL_SIZE connections (10 by default): the Prisma client
//      (lib/db.ts) and the few raw queries made without Prisma (the article route's
//      known slugs and slug redirects) share it;
//   2. the search pool, SEARCH_POOL_SIZE connections with the planner settings the
//      full-text match query needs (lib/search/full-text.ts);
//   3. one LISTEN connection (`openListenConnection`), the freshness connection: it hears
//      and sends page expiries (lib/cache/revalidation-listener.ts);
//   4. the webhook queue's pool (`webhookQueuePool`), WEBHOOKS_CONCURRENCY + 2 connections:
//      graphile-worker's jobs and its LISTEN for new ones (lib/webhooks/worker.ts).
// Each is named (`application_name`), so `pg_stat_activity` shows which is which.
//
// The pools live on globalThis, so every bundle Next builds shares one of each per
// process (and Next's development reloads do not open new ones).

export const SEARCH_POOL_SIZE = 4;

const APP_NAME = "dateline app";
const SEARCH_NAME = "dateline search";
const LISTEN_NAME = "dateline freshness";
const WEBHOOK_NAME = "dateline webhooks";

// The search pool's planner settings. PostgreSQL prices `@@` as one cheap operator, but
// each check reads a vector of a few kilobytes stored out of line, so left alone it walks
// the date index or the whole table for words in a few percent of articles: here only
// the GIN index is left to it, and no JIT (it would cost more than the query). Set once
// per connection, the query is one round trip instead of a transaction of four; and a
// burst of searches queues for these few connections, never for the ones editors' saves
// use. (Behind a transaction-mode pooler such as PgBouncer's, session settings do not
// stick: point DATABASE_URL at PostgreSQL or a session-mode pool.)
const SEARCH_SETUP = "SET enable_seqscan = off; SET enable_indexscan = off; SET jit = off; SET statement_timeout = '10s'";

type Connections = { app?: pg.Pool; search?: pg.Pool; webhooks?: pg.Pool; searchReady?: WeakSet<pg.PoolClient>; statementNames?: Map<string, string> };
const holder = globalThis as unknown as { datelineConnections?: Connections };
const connections = (holder.datelineConnections ??= {});

function databaseUrl(): string {
  const url = settings().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Dateline with `npm start` or `npm run dev`, which provide an embedded PostgreSQL, or set DATABASE_URL.",
    );
  }
  return url;
}

function createPool(name: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl(), max, application_name: name });
  // An idle connection dropped by the server must not become an uncaught exception.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost (${name}):`, error.message));
  // A checked-out connection that breaks (graphile-worker holds its LISTEN one for long).
  pool.on("connect", (client) => client.on("error", (error) => console.error(`PostgreSQL connection lost (${name}):`, error.message)));
  return pool;
}

/** Whether a database is configured at all (the slug gate lets requests through without one). */
export function hasDatabase(): boolean {
  return Boolean(settings().DATABASE_URL);
}

/** The app pool: Prisma's (lib/db.ts) and the raw queries' below. */
export function appPool(): pg.Pool {
  connections.app ??= createPool(APP_NAME, settings().DATABASE_POOL_SIZE);
  return connections.app;
}

/** The webhook queue's pool: graphile-worker takes its jobs and listens for new ones on it. */
export function webhookQueuePool(): pg.Pool {
  connections.webhooks ??= createPool(WEBHOOK_NAME, settings().WEBHOOKS_CONCURRENCY + 2);
  return connections.webhooks;
}

function searchPool(): pg.Pool {
  connections.search ??= createPool(SEARCH_NAME, SEARCH_POOL_SIZE);
  return connections.search;
}

export type QueryOptions = {
  /**
   * Give up after this long, waiting for a connection included: the caller gets an error
   * (and decides, e.g. fails open); a query already sent is abandoned with its connection.
   */
  timeoutMs?: number;
};

// The raw statements are prepared: each connection parses a statement's text once and,
// after a few runs, PostgreSQL keeps its plan (a generic plan, when that costs no more
// than planning each time). The reads on every uncached reader page (the article, the
// publication clock, related stories, cards) spent more time being parsed and planned
// than run: about 4 ms of PostgreSQL's CPU per article page at 10,000 articles
// (log_min_duration_statement, 60 pages). A statement is named by its text, so the same
// text always gets the same name on every connection; the names live beside the pools
// (one map per process, shared by every bundle) and are bounded: past
// STATEMENT_NAMES_MAX distinct texts, statements go unnamed, as before, so a caller
// that builds texts from input can never grow the map or a connection's statement list.
// (Behind a transaction-mode pooler, use PgBouncer 1.21 or newer with
// max_prepared_statements set, or a session-mode pool.)
const STATEMENT_NAMES_MAX = 500;

function statementName(text: string): string | undefined {
  const names = (connections.statementNames ??= new Map());
  const known = names.get(text);
  if (known !== undefined || names.size >= STATEMENT_NAMES_MAX) return known;
  const name = `dateline_${names.size + 1}`;
  names.set(text, name);
  return name;
}

/** One statement on the app pool, prepared (above), for reads that do without Prisma. */
export async function queryDb<Row extends pg.QueryResultRow>(query: SqlQuery, options: QueryOptions = {}): Promise<Row[]> {
  const { timeoutMs } = options;
  const text = query.text;
  const name = statementName(text);
  const config = { text, values: [...query.values], ...(name ? { name } : {}), ...(timeoutMs ? { query_timeout: timeoutMs } : {}) };
  const result = appPool().query<Row>(config);
  if (!timeoutMs) return (await result).rows;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Query gave up after ${timeoutMs} ms (waiting for a connection or an answer).`)), timeoutMs);
  });
  // A late answer (or failure) after the timeout is dropped, not left unhandled.
  result.catch(() => undefined);
  try {
    return (await Promise.race([result, timeout])).rows;
  } finally {
    clearTimeout(timer);
  }
}

/** One full-text match statement on the search pool (a Prisma.Sql or SqlQuery: text and values). */
export async function querySearch<Row extends pg.QueryResultRow>(query: { text: string; values: readonly unknown[] }): Promise<Row[]> {
  const ready = (connections.searchReady ??= new WeakSet());
  const client = await searchPool().connect();
  try {
    // Each connection is set up once, before its first query.
    if (!ready.has(client)) {
      await client.query(SEARCH_SETUP);
      ready.add(client);
    }
    const { rows } = await client.query<Row>(query.text, [...query.values]);
    return rows;
  } finally {
    // The pool itself closes a connection that broke instead of handing it out again.
    client.release();
  }
}

/**
 * The one dedicated connection outside the pools: LISTEN needs a session of its own that
 * stays open. Not yet connected; the caller connects, listens and ends it.
 */
export type ListenConnection = pg.Client;

// The freshness connection (lib/cache/revalidation-listener.ts): it LISTENs for other
// instances' expiries and sends this one's. A single query on it never waits long.
export function openListenConnection(): ListenConnection {
  return new pg.Client({ connectionString: databaseUrl(), application_name: LISTEN_NAME, keepAlive: true, query_timeout: 2_000 });
}

/** Closes the pools (scripts and tests, at their end); the next query opens them again. */
export async function closeConnections(): Promise<void> {
  const { app, search, webhooks } = connections;
  connections.app = undefined;
  connections.search = undefined;
  connections.webhooks = undefined;
  connections.searchReady = undefined;
  await Promise.all([app?.end(), search?.end(), webhooks?.end()]);
}
