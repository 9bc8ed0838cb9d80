import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { findRankedMatches, readSnippets, SEARCH_LIMITS, type SearchLimits, type SearchResultPage } from "@/lib/search/full-text";
import { SEARCH_QUERY_MAX, splitSnippet, type SnippetPart } from "@/lib/search/search-query";
import { maxPageFor } from "@/lib/page-param";

export const ADMIN_SEARCH_PAGE_SIZE = 25;

/** The admin article list's filters, e.g. from the URL: ?q=&status=&byline=&tag=&page= */
export const articleSearchSchema = z.object({
  q: z.string().trim().max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters.`).default(""),
  status: z.enum(ArticleStatus, { error: "Choose a status from the list." }).optional(),
  bylineUserId: z.uuid("Choose a byline from the list.").optional(),
  tagSlug: z.string().trim().max(96).optional(),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageFor(ADMIN_SEARCH_PAGE_SIZE), `Lists go back at most ${maxPageFor(ADMIN_SEARCH_PAGE_SIZE)} pages; add words or filters to find older articles.`)
    .default(1),
});

export type ArticleSearchInput = z.input<typeof articleSearchSchema>;

export type DeskSearchHit = {
  id: string;
  slug: string;
  headline: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  bylines: { id: string; name: string }[];
  tags: { name: string; slug: string }[];
  snippet: SnippetPart[];
};

export type DeskSearchResults = SearchResultPage<DeskSearchHit>;

const SELECT = {
  id: true,
  slug: true,
  headline: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  bylines: { orderBy: { position: "asc" }, select: { user: { select: { id: true, name: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

/**
 * The newsroom's article search: every status (staff read every article), the same
 * ranked full-text search as the site, narrowed by status, byline and tag. Without
 * words, the most recently changed first.
 */
export async function searchArticles(actor: Actor, input: ArticleSearchInput, limits: SearchLimits = SEARCH_LIMITS): Promise<DeskSearchResults> {
  if (!can(actor, "article.view")) throw new AppError("FORBIDDEN", "Your role does not allow searching articles.");
  const parsed = articleSearchSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues[0]?.message ?? "Check the search filters.");
  const { q, status, bylineUserId, tagSlug, page } = parsed.data;

  if (!q) {
    const where: Prisma.ArticleWhereInput = {
      AND: [
        // The trash is listed on its own page.
        { deletedAt: null },
        status ? { status } : {},
        bylineUserId ? { bylines: { some: { userId: bylineUserId } } } : {},
        tagSlug ? { tags: { some: { tag: { slug: tagSlug } } } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      db.article.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * ADMIN_SEARCH_PAGE_SIZE,
        take: ADMIN_SEARCH_PAGE_SIZE,
        select: SELECT,
      }),
      db.article.count({ where }),
    ]);
    return { hits: rows.map((r) => toHit(r, "")), total, totalIsMinimum: false, ranked: total, searchedNewest: null, page, hasNext: page * ADMIN_SEARCH_PAGE_SIZE < total };
  }

  // The same filters in SQL, so the full-text query applies them while it counts and ranks.
  const filter = Prisma.join(
    [
      // The trash is listed on its own page.
      Prisma.sql`a."deleted_at" IS NULL`,
      ...(status ? [Prisma.sql`a."status" = ${status}::"ArticleStatus"`] : []),
      ...(bylineUserId ? [Prisma.sql`a."id" IN (SELECT b."article_id" FROM "bylines" b WHERE b."user_id" = ${bylineUserId}::uuid)`] : []),
      ...(tagSlug
        ? [Prisma.sql`a."id" IN (SELECT g."article_id" FROM "article_tags" g JOIN "tags" t ON t."id" = g."tag_id" WHERE t."slug" = ${tagSlug})`]
        : []),
    ],
    " AND ",
  );
  const matches = await findRankedMatches(q, { filter, newest: "updated" }, limits);
  const pageIds = matches.ids.slice((page - 1) * ADMIN_SEARCH_PAGE_SIZE, page * ADMIN_SEARCH_PAGE_SIZE);
  const [rows, snippets] = await Promise.all([
    db.article.findMany({ where: { id: { in: pageIds } }, select: SELECT }),
    readSnippets(pageIds, q),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row, snippets.get(id) ?? "")] : [];
  });
  const ranked = matches.ids.length;
  const { total, totalIsMinimum, searchedNewest } = matches;
  return { hits, total, totalIsMinimum, ranked, searchedNewest, page, hasNext: page * ADMIN_SEARCH_PAGE_SIZE < ranked };
}

function toHit(row: Prisma.ArticleGetPayload<{ select: typeof SELECT }>, snippet: string): DeskSearchHit {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    bylines: row.bylines.map((b) => b.user),
    tags: row.tags.map((t) => t.tag),
    snippet: splitSnippet(snippet),
  };
}
