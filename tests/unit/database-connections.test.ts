import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sql, rawSql } from "@/lib/db/sql";

// Every connection the app opens is made in lib/db/connections.ts (docs/architecture.md,
// "Database connections"): no other module of the app imports the driver.
const ROOT = path.resolve(import.meta.dirname, "../..");
const ALLOWED = new Set([
  "lib/db/connections.ts",
  // The migration runner: one connection while an instance starts, before the app runs.
  "lib/db/migrate.ts",
]);
const DRIVER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](pg|pg-pool)["']/;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSourceFiles(full);
    return /\.(ts|tsx|js|jsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

describe("database connections", () => {
  it("finds the driver however it is imported (so the rule below can fail)", () => {
    expect(DRIVER.test('import pg from "pg";')).toBe(true);
    expect(DRIVER.test("const { Pool } = require('pg')")).toBe(true);
    expect(DRIVER.test('const pg = await import("pg")')).toBe(true);
    expect(DRIVER.test('import { x } from "pgx";')).toBe(false);
  });

  it("opens them only in lib/db/connections.ts", () => {
    const files = [...listSourceFiles(path.join(ROOT, "lib")), ...listSourceFiles(path.join(ROOT, "app")), ...listSourceFiles(path.join(ROOT, "components")), path.join(ROOT, "proxy.ts"), path.join(ROOT, "instrumentation.ts")];
    const offenders = files
      .map((file) => path.relative(ROOT, file).split(path.sep).join("/"))
      .filter((file) => !ALLOWED.has(file))
      .filter((file) => DRIVER.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("sql (lib/db/sql.ts)", () => {
  it("numbers values as parameters and splices fragments with theirs", () => {
    const inner = sql`a."published_at" <= ${"2026-01-01T00:00:00.000Z"}::timestamptz AND a."x" = ${2}`;
    const query = sql`SELECT 1 FROM t a WHERE a."slug" = ${"s"} AND ${inner} AND ${rawSql('a."deleted_at" IS NULL')} LIMIT ${5}`;
    expect(query.text).toBe('SELECT 1 FROM t a WHERE a."slug" = $1 AND a."published_at" <= $2::timestamptz AND a."x" = $3 AND a."deleted_at" IS NULL LIMIT $4');
    expect(query.values).toEqual(["s", "2026-01-01T00:00:00.000Z", 2, 5]);
  });

  it("keeps input out of the text, even when it looks like SQL", () => {
    const query = sql`SELECT 1 WHERE slug = ${"x'; DROP TABLE articles; --"}`;
    expect(query.text).toBe("SELECT 1 WHERE slug = $1");
  });
});
