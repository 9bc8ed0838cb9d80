import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { settings } from "@/lib/settings";

// One Prisma client per process, created on first use (so `next build` can load
// route modules without a database). In development Next reloads modules, so the
// client is parked on globalThis instead of opening a new pool on every edit.
const globalForDb = globalThis as unknown as { datelineDb?: PrismaClient };

const TRANSACTION_MAX_WAIT_MS = 10_000;
const TRANSACTION_TIMEOUT_MS = 15_000;

function getClient(): PrismaClient {
  if (globalForDb.datelineDb) return globalForDb.datelineDb;
  const { DATABASE_URL: connectionString, DATABASE_POOL_SIZE } = settings();
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start Dateline with `npm start` or `npm run dev`, which provide an embedded PostgreSQL, or set DATABASE_URL.",
    );
  }
  const adapter = new PrismaPg({ connectionString, max: DATABASE_POOL_SIZE });
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

export async function disconnectDb(): Promise<void> {
  await globalForDb.datelineDb?.$disconnect();
  globalForDb.datelineDb = undefined;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
