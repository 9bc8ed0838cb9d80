import "server-only";
import { getSectionByPath } from "@/lib/sections/get-section";
import { db, prismaSql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { publicArticleSql, publicArticleWhere } from "@/lib/articles/public-filter";
import { narrowToByline, narrowToTag } from "@/lib/articles/narrow-to-few";
import { findRankedMatches } from "@/lib/search/full-text";
import { AppError } from "@/lib/errors";
import { sql, rawSql, type SqlQuery } from "@/lib/db/sql";
import { selectFor, type ArticleApiRow } from "@/lib/content-api/article-representation";
import { decodeCursor, encodeCursor } from "@/lib/content-api/cursor";
import type { ArticleInclude, ArticleListParams } from "@/lib/content-api/params";

export type Visibility = "public" | "drafts";

export type ArticleRows = { rows: ArticleApiRow[]; nextCursor: string | null };

/**
 * Which articles a client may read. Public: publicArticleWhere(), the site's one rule
 * (embargo, unpublish, trash, and whatever else it learns, such as expiry). A drafts:read
 * key that asked for include_drafts: every article not in the trash.
 */
export function visibleWhere(visibility: Visibility, now: Date): Prisma.ArticleWhereInput {
  return visibility === "public" ? publicArticleWhere(now) : { deletedAt: null };
}

function visibleSql(visibility: Visibility, now: Date): SqlQuery {
  return visibility === "public" ? publicArticleSql("a", now) : rawSql(`a."deleted_at" IS NULL`);
}

async function findTagId(slug: string): Promise<string> {
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true } });
  if (!tag) throw new AppError("NOT_FOUND", `No tag has the slug “${slug}”. GET /api/v1/tags lists them.`);
  return tag.id;
}

async function findAuthorId(slug: string): Promise<string> {
  const user = await db.user.findUnique({ where: { slug }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No author has the slug “${slug}”. GET /api/v1/authors lists them.`);
  return user.id;
}

// A section and its subsections: the section page's own rule (lib/sections/get-section.ts).
async function findSectionIds(path: string): Promise<string[]> {
  const section = await getSectionByPath(path);
  if (!section) throw new AppError("NOT_FOUND", `No section lives at “${path}”. Section addresses are shown as section.path on every article.`);
  return section.subtreeIds;
}

/** One page of articles, newest first by publication (default) or by last change. */
export async function listApiArticles(params: ArticleListParams, visibility: Visibility, include: readonly ArticleInclude[], now = new Date()): Promise<ArticleRows> {
  const sort = params.sort ?? (visibility === "drafts" ? "updated" : "published");
  if (sort === "published" && visibility === "drafts") throw new AppError("VALIDATION", "With include_drafts, use sort=updated: drafts have no publication time.");
  const [tagId, authorId, sectionIds] = await Promise.all([
    params.tag ? findTagId(params.tag) : null,
    params.author ? findAuthorId(params.author) : null,
    params.section ? findSectionIds(params.section) : null,
  ]);
  if (params.q) return searchApiArticles(params, { q: params.q, sort, tagId, authorId, sectionIds }, visibility, include, now);

  const cursor = decodeCursor(params.cursor, [sort]);
  const column = sort === "published" ? "publishedAt" : "updatedAt";
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleWhere(visibility, now),
      tagId ? await narrowToTag({ id: tagId }) : {},
      authorId ? await narrowToByline(authorId) : {},
      sectionIds ? { sectionId: { in: sectionIds } } : {},
      params.updated_since ? { updatedAt: { gte: params.updated_since } } : {},
      params.published_since ? { publishedAt: { gte: params.published_since } } : {},
      cursor ? { OR: [{ [column]: { lt: new Date(cursor.t) } }, { [column]: new Date(cursor.t), id: { lt: cursor.i } }] } : {},
    ],
  };
  const rows = (await db.article.findMany({
    where,
    orderBy: [{ [column]: "desc" }, { id: "desc" }],
    take: params.limit + 1,
    select: selectFor(include),
  })) as unknown as ArticleApiRow[];
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const lastKey = last ? (sort === "published" ? last.publishedAt : last.updatedAt) : null;
  const nextCursor = rows.length > params.limit && last && lastKey ? encodeCursor({ k: sort, t: lastKey.toISOString(), i: last.id }) : null;
  return { rows: page, nextCursor };
}

// q: the site's own search (ranked by relevance, then recency; the newest 500 matches are
// ranked, docs/search), narrowed by the same filters in SQL; pages are positions in it.
async function searchApiArticles(
  params: ArticleListParams,
  filters: { q: string; sort: "published" | "updated"; tagId: string | null; authorId: string | null; sectionIds: string[] | null },
  visibility: Visibility,
  include: readonly ArticleInclude[],
  now: Date,
): Promise<ArticleRows> {
  const cursor = decodeCursor(params.cursor, ["rank"]);
  const offset = cursor?.o ?? 0;
  const conditions: SqlQuery[] = [visibleSql(visibility, now)];
  if (filters.tagId) conditions.push(sql`EXISTS (SELECT 1 FROM "article_tags" t WHERE t."article_id" = a."id" AND t."tag_id" = ${filters.tagId}::uuid)`);
  // The section and its subsections (a bounded list: at most SECTIONS_MAX ids).
  if (filters.sectionIds) conditions.push(sql`a."section_id" = ANY(${filters.sectionIds}::uuid[])`);
  if (filters.authorId) conditions.push(sql`EXISTS (SELECT 1 FROM "bylines" b WHERE b."article_id" = a."id" AND b."user_id" = ${filters.authorId}::uuid)`);
  if (params.updated_since) conditions.push(sql`a."updated_at" >= ${params.updated_since.toISOString()}::timestamptz`);
  if (params.published_since) conditions.push(sql`a."published_at" >= ${params.published_since.toISOString()}::timestamptz`);
  const filter = Prisma.join(conditions.map(prismaSql), " AND ");
  const matches = await findRankedMatches(filters.q, { filter, newest: filters.sort });
  const ids = matches.ids.slice(offset, offset + params.limit);
  if (ids.length === 0) return { rows: [], nextCursor: null };
  const found = (await db.article.findMany({ where: { AND: [visibleWhere(visibility, now), { id: { in: ids } }] }, select: selectFor(include) })) as unknown as ArticleApiRow[];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  const next = offset + params.limit;
  return { rows, nextCursor: next < matches.ids.length ? encodeCursor({ k: "rank", o: next }) : null };
}
