import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { testDatabaseUrl } from "../support/database";

// The SQL migrations are hand-written (Prisma's schema engine cannot run here), so this
// proves the migrated database is what schema.prisma describes: every model's table,
// every scalar column, its type and its nullability.

type ExpectedColumn = { table: string; column: string; dataType: string; udtName?: string; nullable: boolean };

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "integer",
  Boolean: "boolean",
  Json: "jsonb",
  DateTime: "timestamp without time zone",
};
const NATIVE: Record<string, string> = { Uuid: "uuid", Timestamptz: "timestamp with time zone" };

function readSchema(): ExpectedColumn[] {
  const source = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const enums = new Set([...source.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]));
  const columns: ExpectedColumn[] = [];
  for (const model of source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const body = model[2] ?? "";
    const table = body.match(/@@map\("(\w+)"\)/)?.[1] ?? model[1]!;
    for (const line of body.split("\n")) {
      const field = line.trim().match(/^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/);
      if (!field || line.trim().startsWith("@@") || line.trim().startsWith("//")) continue;
      const [, name, type, list, optional, rest] = field;
      if (list || !type) continue;
      const isEnum = enums.has(type);
      if (!isEnum && !(type in SCALARS)) continue; // a relation field
      const native = rest?.match(/@db\.(\w+)/)?.[1];
      columns.push({
        table,
        column: rest?.match(/@map\("(\w+)"\)/)?.[1] ?? name!,
        dataType: isEnum ? "USER-DEFINED" : (native && NATIVE[native]) || SCALARS[type]!,
        udtName: isEnum ? type : undefined,
        nullable: optional === "?",
      });
    }
  }
  return columns;
}

describe("migrated database matches prisma/schema.prisma", () => {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  const expected = readSchema();

  it("reads a schema with every model", () => {
    const tables = new Set(expected.map((c) => c.table));
    expect(["api_keys", "article_card_links", "article_tags", "articles", "audit_events", "autosaves", "bylines", "corrections", "edit_locks", "front_revisions", "fronts", "live_coverages", "live_entries", "live_entry_revisions", "media_assets", "passkeys", "password_tokens", "preview_links", "rate_limit_buckets", "recovery_codes", "related_picks", "revisions", "section_redirects", "sections", "settings", "slug_redirects", "sso_identities", "tag_redirects", "tags", "user_sessions", "users", "webauthn_challenges", "webhook_deliveries", "webhook_endpoints"]);
  });

  it.each(expected.map((c) => [`${c.table}.${c.column}`, c] as const))("%s exists with its type and nullability", async (_label, column) => {
    const { rows } = await client.query(
      `SELECT data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
      [column.table, column.column],
    );
    expect(rows, `${column.table}.${column.column} is missing`).toHaveLength(1);
    expect(rows[0].data_type).toBe(column.dataType);
    if (column.udtName) expect(rows[0].udt_name).toBe(column.udtName);
    expect(rows[0].is_nullable).toBe(column.nullable ? "YES" : "NO");
  });

  it("has no table the schema does not know", async () => {
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const known = new Set(expected.map((c) => c.table));
    expect(rows.map((r) => r.table_name).filter((t: string) => !known.has(t))).toEqual([]);
  });
});
