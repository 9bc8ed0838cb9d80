import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase } from "../support/database";

describe("migration runner", () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it("applies every migration to an empty database, then does nothing the second time", async () => {
    const first = await migrateDatabase(scratch.url);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.skipped).toEqual([]);

    const second = await migrateDatabase(scratch.url);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(first.applied);

    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    // Recorded the way `prisma migrate deploy` records them, one row each.
    expect(rows.map((r) => r.migration_name)).toEqual(first.applied);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
  });
});
