import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { Logger, runMigrations as runQueueMigrations } from "graphile-worker";

// Applies prisma/migrations/*/migration.sql in order and records each one in
// _prisma_migrations exactly as `prisma migrate deploy` does (same table, sha256
// checksum of the file), so the stock Prisma CLI can take over the same database
// on a machine that can download Prisma's schema engine.

export type MigrationResult = { applied: string[]; skipped: string[] };

const MIGRATIONS_TABLE_SQL = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it only has to be the same for every Dateline process.
const MIGRATION_LOCK_KEY = 72_617_001;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

const quietQueueLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`graphile-worker: ${message}`);
});

type Migration = { name: string; sql: string; checksum: string };

async function readMigrations(dir: string): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function migrateDatabase(connectionString: string, dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // Two app instances starting at once must not both apply the same migration.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE_SQL);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const result: MigrationResult = { applied: [], skipped: [] };
    for (const migration of migrations) {
      const previous = rows.filter((r) => r.migration_name === migration.name && r.rolled_back_at === null);
      if (previous.some((r) => r.finished_at !== null)) {
        if (!previous.some((r) => r.checksum === migration.checksum)) {
          console.warn(`Migration ${migration.name} was changed after it was applied; the database keeps the applied version.`);
        }
        result.skipped.push(migration.name);
        continue;
      }
      if (previous.length > 0) {
        throw new Error(
          `Migration ${migration.name} failed earlier and was left half-applied. Repair the database, then mark the row in _prisma_migrations as rolled back.`,
        );
      }
      await applyMigration(client, migration);
      result.applied.push(migration.name);
    }
    // The webhook queue's own schema (graphile_worker), kept by its library: it must exist
    // before the first change enqueues a delivery in its transaction (docs/webhooks.md).
    await runQueueMigrations({ connectionString, logger: quietQueueLogger });
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyMigration(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    // Record the failure the way Prisma does, but leave the row rolled back so a fixed
    // file can be applied on the next start.
    await client.query(`UPDATE "_prisma_migrations" SET logs = $2, rolled_back_at = now() WHERE id = $1`, [
      id,
      String(error),
    ]);
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
  await client.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
