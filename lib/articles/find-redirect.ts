import "server-only";
import { queryDb, type QueryOptions } from "@/lib/db/connections";
import { rawSql, sql, type SqlQuery } from "@/lib/db/sql";
import { publicArticleSql } from "@/lib/articles/public-filter";

// The one definition of a slug redirect readers get: an old slug (slug_redirects, kept
// by rememberOldSlug) answers with the current slug of its article only while that
// article is public, so a draft's or an embargoed story's new address is never revealed
// through an old one (issue #11). The article page (`findSlugRedirect`), the proxy's
// in-memory index (slug-redirect-index.ts) and the proxy's known slugs (known-slugs.ts)
// all run this query. It uses the app pool without Prisma because the proxy does.

/** Old slug → target rows (`slug`, `target`), only for `slugs` when given. */
export function slugRedirectsSql(now: Date, slugs?: readonly string[]): SqlQuery {
  const only = slugs ? sql`r."slug" = ANY(${[...slugs]}::text[]) AND ` : rawSql("");
  return sql`SELECT r."slug", a."slug" AS "target" FROM "slug_redirects" r JOIN "articles" a ON a."id" = r."article_id" WHERE ${only}${publicArticleSql("a", now)}`;
}

/** Old slug → the current slug it redirects to, for `slugs` or for every redirect. */
export async function listSlugRedirects(now = new Date(), slugs?: readonly string[], options?: QueryOptions): Promise<Map<string, string>> {
  const rows = await queryDb<{ slug: string; target: string }>(slugRedirectsSql(now, slugs), options);
  return new Map(rows.map((row) => [row.slug, row.target]));
}

// For a slug that is no longer any article's: the current slug of the public article
// that once had it (301), or null.
export async function findSlugRedirect(slug: string, now = new Date()): Promise<string | null> {
  return (await listSlugRedirects(now, [slug])).get(slug) ?? null;
}
