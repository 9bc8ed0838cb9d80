import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { appPool, closeConnections } from "@/lib/db/connections";
import type { SqlQuery } from "@/lib/db/sql";

// One Prisma client per process, created on first use (so `next build` can load
// route modules without a database), on the app pool of lib/db/connections.ts, the
// module that opens every connection. In development Next reloads modules, so the
// client is parked on globalThis instead of opening a new pool on every edit.
const globalForDb = globalThis as unknown as { datelineDb?: PrismaClient };

const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;

function getClient(): PrismaClient {
  if (globalForDb.datelineDb) return globalForDb.datelineDb;
  // Given a pool, the adapter uses it and leaves it open on $disconnect (closeConnections ends it).
  const adapter = new PrismaPg(appPool());
  // Prisma's defaults (2 s to get a connection, 5 s to finish) turn a busy pool into
  // failed saves under a reader spike; waiting longer is slower but loses nothing.
  globalForDb.datelineDb = new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS, timeout: TRANSACTION_TIMEOUT_MS } });
  return globalForDb.datelineDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes the client and every pool (scripts and tests, at their end). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.datelineDb?.$disconnect();
  globalForDb.datelineDb = undefined;
  await closeConnections();
}

/** A fragment built with lib/db/sql.ts (such as the public-article rule) inside a Prisma.sql query. */
export function prismaSql(query: SqlQuery): Prisma.Sql {
  return new Prisma.Sql(query.strings, query.values);
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
