import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb, prismaSql } from "@/lib/db";
import { queryDb, SEARCH_POOL_SIZE } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { comingExpirySql, comingPublicArticleSql, expiredArticleSql, expiredArticleWhere, publicArticleSql, publicArticleWhere, wasPublicBeforeExpiry } from "@/lib/articles/public-filter";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { searchPublishedArticles } from "@/lib/search/search-published-articles";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { settings } from "@/lib/settings";
import { uniqueSuffix } from "../support/factories";

// One rule says what readers may see (lib/articles/public-filter.ts), rendered as a
// Prisma `where` and as SQL. Both renderings must pick exactly the same rows, and those
// must be the ones the rule describes, over every kind of article there is.
const ids: string[] = [];
const fileStart = new Date();
afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: ids } } });
  await disconnectDb();
});

const MINUTE = 60_000;

describe("the public-article rule", () => {
  it("picks the same articles through Prisma and through SQL, and only the public ones", async () => {
    const now = new Date();
    const at = (offset: number) => new Date(now.getTime() + offset);
    const s = uniqueSuffix();
    const cases: { name: string; status: ArticleStatus; publishedAt: Date | null; deletedAt?: Date; expiresAt?: Date; isPublic: boolean; isGone?: boolean }[] = [
      { name: "draft", status: "DRAFT", publishedAt: null, isPublic: false },
      { name: "draft-with-old-time", status: "DRAFT", publishedAt: at(-MINUTE), isPublic: false },
      { name: "in-review", status: "IN_REVIEW", publishedAt: at(-MINUTE), isPublic: false },
      { name: "scheduled-future", status: "SCHEDULED", publishedAt: at(MINUTE), isPublic: false },
      { name: "scheduled-due", status: "SCHEDULED", publishedAt: at(-MINUTE), isPublic: true },
      { name: "scheduled-due-this-millisecond", status: "SCHEDULED", publishedAt: now, isPublic: true },
      { name: "scheduled-due-next-millisecond", status: "SCHEDULED", publishedAt: at(1), isPublic: false },
      { name: "published", status: "PUBLISHED", publishedAt: at(-MINUTE), isPublic: true },
      { name: "published-no-time", status: "PUBLISHED", publishedAt: null, isPublic: false },
      { name: "published-future-time", status: "PUBLISHED", publishedAt: at(MINUTE), isPublic: false },
      { name: "published-trashed", status: "PUBLISHED", publishedAt: at(-MINUTE), deletedAt: at(-1000), isPublic: false },
      { name: "scheduled-due-trashed", status: "SCHEDULED", publishedAt: at(-MINUTE), deletedAt: at(-1000), isPublic: false },
      { name: "unpublished", status: "UNPUBLISHED", publishedAt: at(-MINUTE), isPublic: false },
      { name: "unpublished-trashed", status: "UNPUBLISHED", publishedAt: at(-MINUTE), deletedAt: at(-1000), isPublic: false },
      // Issue 13: the end time, embargo in reverse.
      { name: "published-ends-later", status: "PUBLISHED", publishedAt: at(-MINUTE), expiresAt: at(MINUTE), isPublic: true },
      { name: "published-ends-next-millisecond", status: "PUBLISHED", publishedAt: at(-MINUTE), expiresAt: at(1), isPublic: true },
      { name: "published-ended-this-millisecond", status: "PUBLISHED", publishedAt: at(-MINUTE), expiresAt: now, isPublic: false, isGone: true },
      { name: "published-ended", status: "PUBLISHED", publishedAt: at(-2 * MINUTE), expiresAt: at(-MINUTE), isPublic: false, isGone: true },
      { name: "scheduled-due-ended", status: "SCHEDULED", publishedAt: at(-2 * MINUTE), expiresAt: at(-MINUTE), isPublic: false, isGone: true },
      { name: "ended-before-it-ran", status: "PUBLISHED", publishedAt: at(-MINUTE), expiresAt: at(-2 * MINUTE), isPublic: false },
      { name: "ended-trashed", status: "PUBLISHED", publishedAt: at(-2 * MINUTE), expiresAt: at(-MINUTE), deletedAt: at(-1000), isPublic: false },
      { name: "unpublished-ended", status: "UNPUBLISHED", publishedAt: at(-2 * MINUTE), expiresAt: at(-MINUTE), isPublic: false },
    ];
    const rows = await Promise.all(
      cases.map((c) =>
        db.article.create({
          data: { slug: `rule-${c.name}-${s}`, headline: c.name, body: { type: "doc", content: [] }, status: c.status, publishedAt: c.publishedAt, deletedAt: c.deletedAt ?? null, expiresAt: c.expiresAt ?? null },
          select: { id: true, slug: true },
        }),
      ),
    );
    ids.push(...rows.map((r) => r.id));
    const mine = rows.map((r) => r.id);

    const throughPrisma = await db.article.findMany({ where: { AND: [publicArticleWhere(now), { id: { in: mine } }] }, select: { slug: true } });
    const throughSql = await queryDb<{ slug: string }>(sql`SELECT a."slug" FROM "articles" a WHERE a."id" = ANY(${mine}::uuid[]) AND ${publicArticleSql("a", now)}`);
    const throughPrismaRaw = await db.$queryRaw<{ slug: string }[]>`SELECT a."slug" FROM "articles" a WHERE a."id" = ANY(${mine}::uuid[]) AND ${prismaSql(publicArticleSql("a", now))}`;

    const expected = cases.filter((c) => c.isPublic).map((c) => `rule-${c.name}-${s}`).sort();
    expect(throughPrisma.map((r) => r.slug).sort()).toEqual(expected);
    expect(throughSql.map((r) => r.slug).sort()).toEqual(expected);
    expect(throughPrismaRaw.map((r) => r.slug).sort()).toEqual(expected);

    // Gone (410): public once, past its end. Both renderings agree there too.
    const gone = cases.filter((c) => c.isGone).map((c) => `rule-${c.name}-${s}`).sort();
    const goneThroughPrisma = await db.article.findMany({ where: { AND: [expiredArticleWhere(now), { id: { in: mine } }] }, select: { slug: true, publishedAt: true, expiresAt: true } });
    const goneThroughSql = await queryDb<{ slug: string }>(sql`SELECT a."slug" FROM "articles" a WHERE a."id" = ANY(${mine}::uuid[]) AND ${expiredArticleSql("a", now)}`);
    expect(goneThroughPrisma.filter(wasPublicBeforeExpiry).map((r) => r.slug).sort()).toEqual(gone);
    expect(goneThroughSql.map((r) => r.slug).sort()).toEqual(gone);

    // The publication clock's two halves: what becomes public by itself later, and what
    // leaves by itself later (neither has a save to announce it).
    const named = (names: string[]) => names.map((name) => `rule-${name}-${s}`).sort();
    const coming = await queryDb<{ slug: string }>(sql`SELECT a."slug" FROM "articles" a WHERE a."id" = ANY(${mine}::uuid[]) AND ${comingPublicArticleSql("a", now)}`);
    expect(coming.map((r) => r.slug).sort()).toEqual(named(["scheduled-future", "scheduled-due-next-millisecond", "published-future-time"]));
    const leaving = await queryDb<{ slug: string }>(sql`SELECT a."slug" FROM "articles" a WHERE a."id" = ANY(${mine}::uuid[]) AND ${comingExpirySql("a", now)}`);
    expect(leaving.map((r) => r.slug).sort()).toEqual(named(["published-ends-later", "published-ends-next-millisecond"]));
  });

  it("lets an old slug redirect, in the page and in the redirect index, only while its article is public", async () => {
    const s = uniqueSuffix();
    const article = await db.article.create({
      data: { slug: `moved-${s}`, headline: "Moved", body: { type: "doc", content: [] }, status: "PUBLISHED", publishedAt: new Date(Date.now() - MINUTE) },
    });
    ids.push(article.id);
    await db.slugRedirect.create({ data: { slug: `before-${s}`, articleId: article.id } });
    expect(await findSlugRedirect(`before-${s}`)).toBe(`moved-${s}`);
    await expect.poll(() => lookupSlugRedirect(`before-${s}`)).toBe(`moved-${s}`);

    await db.article.update({ where: { id: article.id }, data: { status: "UNPUBLISHED" } });
    expect(await findSlugRedirect(`before-${s}`)).toBeNull();
    // The index's copy is reloaded within seconds: the new slug stops being given away.
    await expect.poll(() => lookupSlugRedirect(`before-${s}`), { timeout: 10_000 }).toBeNull();
  });

  it("opens connections only through lib/db/connections.ts: the app pool and the search pool", async () => {
    // Prisma, the raw slug queries and a search, each at least once. (Counted
    // among the connections opened since this file started: earlier files closed theirs.)
    await db.article.count();
    await isPossibleArticleSlug(`nothing-here-${uniqueSuffix()}`);
    await lookupSlugRedirect(`nothing-here-${uniqueSuffix()}`);
    await searchPublishedArticles("flood");
    const open = await db.$queryRaw<{ name: string; count: number }[]>`
      SELECT application_name AS "name", count(*)::int AS "count" FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND backend_start >= ${fileStart}
       GROUP BY application_name`;
    const byName = Object.fromEntries(open.map((row) => [row.name, row.count]));
    expect(Object.keys(byName).sort()).toEqual(["dateline app", "dateline search"]);
    expect(byName["dateline app"]).toBeLessThanOrEqual(settings().DATABASE_POOL_SIZE);
    expect(byName["dateline search"]).toBeLessThanOrEqual(SEARCH_POOL_SIZE);
  });
});
