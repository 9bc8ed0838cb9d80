import { randomBytes } from "node:crypto";
import pg from "pg";

// The test runner (scripts/test.ts) points DATABASE_URL at a fresh, migrated test database.
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the suites with `npm test`.");
  return url;
}

export function serverUrl(database: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

// A brand-new empty database for tests that must start from nothing.
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dateline_scratch_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl("postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: serverUrl(name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl("postgres") });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
