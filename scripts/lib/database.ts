import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DEFAULT_EMBEDDED_PORT = 54329;

// DATABASE_URL wins; without it the embedded PostgreSQL starts and `databaseName`
// is created on it when missing.
export async function provideDatabase(databaseName: string, options: { quiet?: boolean } = {}): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };

  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const dataDir = process.env.EMBEDDED_PG_DIR ?? ".data/postgres";
  const server = await startEmbeddedPostgres({ dataDir, port, quiet: options.quiet });
  await createDatabaseIfMissing(server.adminUrl, databaseName);
  const url = new URL(server.adminUrl);
  url.pathname = `/${databaseName}`;
  return { url: url.toString(), embedded: true, stop: server.stop };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}
