import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { joinSql, rawSql, sql, SqlQuery } from "@/lib/db/sql";

// What a reader may see, defined once: published or scheduled, its publication time has
// come, its end time (if any, issue 13) has not, and not in the trash. Every public query goes through one of the two renderings
// below, which is why a scheduled article goes live at its time with no job to run: the
// query itself is the embargo.
//
// The rule is data (column → condition), rendered as a Prisma `where` for the Prisma
// reads and as an SQL fragment for the raw ones (full-text search, and the proxy's known
// slugs and redirects, which run without Prisma). "Now" is always the app's clock, passed
// in, never the database's now(). tests/integration/public-filter.test.ts proves both
// renderings pick the same rows. Why not an SQL function or view: Prisma cannot filter
// through a function, so its reads would still need a `where` of their own; see
// docs/architecture.md, "One rule per fact".
const PUBLIC_RULE = [
  { field: "status", column: "status", test: { in: ["PUBLISHED", "SCHEDULED"] } },
  { field: "publishedAt", column: "published_at", test: "at or before now" },
  { field: "deletedAt", column: "deleted_at", test: "null" },
  // Embargo in reverse: an expired article leaves every public surface at its time.
  { field: "expiresAt", column: "expires_at", test: "null or after now" },
] as const satisfies readonly { field: keyof Prisma.ArticleWhereInput; column: string; test: unknown }[];

type Test = (typeof PUBLIC_RULE)[number]["test"];

type Part = (typeof PUBLIC_RULE)[number];

function whereFor(part: Part, now: Date): Prisma.ArticleWhereInput {
  const { field, test } = part;
  if (test === "at or before now") return { [field]: { lte: now } };
  if (test === "null") return { [field]: null };
  // A nullable column's "not yet" needs an OR (Prisma's `not` leaves NULLs out). It sits
  // under AND so a caller's own top-level OR (a search box) cannot replace it.
  if (test === "null or after now") return { AND: [{ OR: [{ [field]: null }, { [field]: { gt: now } }] }] };
  return { [field]: { in: [...test.in] } };
}

/** The rule as a Prisma `where` over articles. */
export function publicArticleWhere(now = new Date()): Prisma.ArticleWhereInput {
  return Object.assign({}, ...PUBLIC_RULE.map((part) => whereFor(part, now))) as Prisma.ArticleWhereInput;
}

/**
 * Articles whose end time has passed (issue 13): the public rule with its end turned
 * around. Their page answers 410 Gone with a notice instead of the article, provided the
 * end came after the publication (`wasPublicBeforeExpiry`): a story that expired before
 * it ever ran was never public and stays as unknown as a draft.
 */
export function expiredArticleWhere(now = new Date()): Prisma.ArticleWhereInput {
  const rest: Prisma.ArticleWhereInput = { ...publicArticleWhere(now) };
  delete rest.AND;
  return { ...rest, expiresAt: { lte: now } };
}

export function wasPublicBeforeExpiry(article: { publishedAt: Date | null; expiresAt: Date | null }): boolean {
  return !!article.publishedAt && !!article.expiresAt && article.publishedAt.getTime() < article.expiresAt.getTime();
}

/** `expiredArticleWhere` (with `wasPublicBeforeExpiry`) as SQL over articles under `alias`. */
export function expiredArticleSql(alias: string, now = new Date()): SqlQuery {
  if (!ALIAS.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  const parts = PUBLIC_RULE.map((part) =>
    part.test === "null or after now"
      ? sql`${rawSql(`${alias}."${part.column}"`)} <= ${now.toISOString()}::timestamptz AND ${rawSql(`${alias}."published_at" < ${alias}."${part.column}"`)}`
      : sqlFor(rawSql(`${alias}."${part.column}"`), part.test, now),
  );
  return joinSql(parts, " AND ");
}

/**
 * The rule with its time bound turned around, as SQL over articles under `alias`: articles
 * that become public later by themselves, with no save to announce it (the publication
 * clock, lib/cache/publication-clock.ts).
 */
export function comingPublicArticleSql(alias: string, now = new Date()): SqlQuery {
  if (!ALIAS.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return joinSql(
    PUBLIC_RULE.map((part) =>
      part.test === "at or before now" ? sql`${rawSql(`${alias}."${part.column}"`)} > ${now.toISOString()}::timestamptz` : sqlFor(rawSql(`${alias}."${part.column}"`), part.test, now),
    ),
    " AND ",
  );
}

/** The rule with its end turned around: public articles that will leave by themselves (the publication clock). */
export function comingExpirySql(alias: string, now = new Date()): SqlQuery {
  const expires = PUBLIC_RULE.find((part) => part.field === "expiresAt")!.column;
  return sql`${publicArticleSql(alias, now)} AND ${rawSql(`${alias}."${expires}"`)} > ${now.toISOString()}::timestamptz`;
}

const ALIAS = /^[a-z_][a-z0-9_]*$/;

function sqlFor(column: SqlQuery, test: Test, now: Date): SqlQuery {
  // An ISO time with its zone: the driver would send a Date without one.
  if (test === "at or before now") return sql`${column} <= ${now.toISOString()}::timestamptz`;
  if (test === "null") return sql`${column} IS NULL`;
  if (test === "null or after now") return sql`(${column} IS NULL OR ${column} > ${now.toISOString()}::timestamptz)`;
  // Literals, as a hand-written query would have them (the planner's estimates use them);
  // they are the rule's own enum names, never input.
  return sql`${column} IN (${rawSql(test.in.map((status) => `'${status}'`).join(", "))})`;
}

/** The rule as an SQL condition over articles under `alias` (lib/db/sql.ts; `prismaSql()` for Prisma.sql). */
export function publicArticleSql(alias: string, now = new Date()): SqlQuery {
  if (!ALIAS.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return joinSql(
    PUBLIC_RULE.map((part) => sqlFor(rawSql(`${alias}."${part.column}"`), part.test, now)),
    " AND ",
  );
}
