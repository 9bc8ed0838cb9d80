import "server-only";
import { db } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { limitSql, rawSql, sql, type SqlQuery } from "@/lib/db/sql";
import { narrowToByline, narrowToTag } from "@/lib/articles/narrow-to-few";
import { PAGE_SIZE } from "@/lib/articles/page-size";
import { publicArticleSql, publicArticleWhere } from "@/lib/articles/public-filter";
import { boundPage } from "@/lib/page-param";
import { excerptDocument } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLiveNow } from "@/lib/live/live-state";
import { imageFromColumns, PUBLIC_IMAGE_COLUMNS, PUBLIC_IMAGE_SELECT, toPublicImage, type ImageColumns, type PublicImage } from "@/lib/media/public-image";

export type ArticleCard = {
  slug: string;
  headline: string;
  summary: string;
  dateline: string;
  publishedAt: Date;
  updatedAt: Date;
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  image: PublicImage | null;
  /** Live coverage running now: lists show a LIVE label (issue 14). */
  live: boolean;
};

export type ArticlePage = { articles: ArticleCard[]; page: number; hasNext: boolean };

export { PAGE_SIZE };

export const CARD_SELECT = {
  slug: true,
  headline: true,
  standfirst: true,
  dateline: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  featuredImage: { select: PUBLIC_IMAGE_SELECT },
  liveCoverage: { select: { startsAt: true, endsAt: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof CARD_SELECT }>;

export function toArticleCard(row: CardRow): ArticleCard {
  return {
    slug: row.slug,
    headline: row.headline,
    // A standfirst is the editor's summary; without one, the opening words stand in.
    summary: row.standfirst || excerptDocument(row.body as ContentDocument, 220),
    dateline: row.dateline,
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    bylines: row.bylines.map((b) => b.user),
    tags: row.tags.map((t) => t.tag),
    image: toPublicImage(row.featuredImage),
    live: isLiveNow(row.liveCoverage),
  };
}

type RawCardRow = ImageColumns & {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  dateline: string;
  body: unknown;
  publishedAt: Date | null;
  updatedAt: Date;
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  liveStartsAt: Date | null;
  liveEndsAt: Date | null;
};

const EMPTY_BODY = { type: "doc", content: [] };

/**
 * The public articles among `ids` as cards, by id (a front's stories, a search page;
 * the caller orders them). The same card as CARD_SELECT + toArticleCard, read as one SQL statement: for 60
 * cards the ORM's nested select cost about twice the CPU and wall time of this (its
 * relation joins are built, sent and unpacked as JSON per row and per relation). Bylines
 * and tags arrive folded as JSON arrays in their order, the image and the live window by
 * a join; a body is read only for a story with no standfirst (its summary is then its
 * opening words; a body is tens of KB, out of line). Each row is then shaped as the
 * Prisma row and goes through toArticleCard, the one mapping.
 * tests/integration/sections-fronts.test.ts checks it against the Prisma read.
 */
export async function readPublicCards(ids: readonly string[], now: Date): Promise<Map<string, ArticleCard>> {
  if (ids.length === 0) return new Map();
  const rows = await queryDb<RawCardRow>(publicCardsSql(sql`${[...ids]}::uuid[]`, now));
  return new Map(rows.map((row) => [row.id, toArticleCard(asCardRow(row))]));
}

/**
 * The first `limit` public articles of an id list worked out in SQL (`idList`, an
 * expression giving uuid[]: related stories), as cards in the list's order, a repeated id
 * counting where it first appears. One statement where ids-then-cards would be two round
 * trips.
 */
export async function readPublicCardsInOrder(idList: SqlQuery, now: Date, limit: number): Promise<ArticleCard[]> {
  const rows = await queryDb<RawCardRow>(publicCardsSql(idList, now, sql`ORDER BY array_position(list.ids, a.id) LIMIT ${limitSql(limit)}`));
  return rows.map((row) => toArticleCard(asCardRow(row)));
}

/**
 * An article's bylines and tags as reader pages show them ({ name, slug } in their
 * order), folded as JSON arrays, over `articles a`: the cards' and the article page's.
 */
export const BYLINES_AND_TAGS_COLUMNS = rawSql(`
        COALESCE((SELECT json_agg(json_build_object('name', u.name, 'slug', u.slug) ORDER BY b.position)
                  FROM bylines b JOIN users u ON u.id = b.user_id WHERE b.article_id = a.id), '[]') AS bylines,
        COALESCE((SELECT json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY at.position, at.tag_id)
                  FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '[]') AS tags`);

// The list is worked out once (MATERIALIZED: an id list built by subqueries would
// otherwise be copied into both the filter and the order, and run twice).
function publicCardsSql(idList: SqlQuery, now: Date, tail: SqlQuery = rawSql("")): SqlQuery {
  return sql`
      WITH list AS MATERIALIZED (SELECT ${idList} AS ids)
      SELECT a.id::text AS id, a.slug, a.headline, a.standfirst, a.dateline,
        CASE WHEN a.standfirst = '' THEN a.body END AS body,
        a.published_at AS "publishedAt", a.updated_at AS "updatedAt",
        ${BYLINES_AND_TAGS_COLUMNS},
        ${rawSql(PUBLIC_IMAGE_COLUMNS)},
        lc.starts_at AS "liveStartsAt", lc.ends_at AS "liveEndsAt"
      FROM list CROSS JOIN articles a
      LEFT JOIN media_assets m ON m.id = a.featured_image_id
      LEFT JOIN live_coverages lc ON lc.article_id = a.id
      WHERE a.id = ANY(list.ids) AND ${publicArticleSql("a", now)}
      ${tail}`;
}

function asCardRow(row: RawCardRow): CardRow {
  return {
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    dateline: row.dateline,
    body: (row.body ?? EMPTY_BODY) as CardRow["body"],
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    bylines: row.bylines.map((user) => ({ user })),
    tags: row.tags.map((tag) => ({ tag })),
    featuredImage: imageFromColumns(row),
    liveCoverage: row.liveStartsAt === null ? null : { startsAt: row.liveStartsAt, endsAt: row.liveEndsAt },
  };
}

/** Newest first; filtered by tag or author; pages of PAGE_SIZE (`perPage` for feeds). */
export async function listPublishedArticles(
  options: { tagId?: string; authorId?: string; sectionIds?: string[]; page?: number; perPage?: number; since?: Date } = {},
): Promise<ArticlePage> {
  const perPage = options.perPage ?? PAGE_SIZE;
  // Past the deepest page nothing is read: the page is empty (a reader gets 404).
  const page = boundPage(options.page, perPage);
  if (page === null) return { articles: [], page: Math.floor(options.page ?? 1), hasNext: false };
  const where: Prisma.ArticleWhereInput = {
    AND: [
      publicArticleWhere(),
      options.tagId ? await narrowToTag({ id: options.tagId }) : {},
      options.authorId ? await narrowToByline(options.authorId) : {},
      options.since ? { publishedAt: { gte: options.since } } : {},
      // issue-13: a section and its subsections (lib/sections/get-section.ts).
      options.sectionIds ? { sectionId: { in: options.sectionIds } } : {},
    ],
  };
  const rows = await db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * perPage,
    take: perPage + 1,
    select: CARD_SELECT,
  });
  return { articles: rows.slice(0, perPage).map(toArticleCard), page, hasNext: rows.length > perPage };
}

/** Whether a list has a page 2 (the "older articles" link under a front): one short index read. */
export async function hasOlderPage(options: { sectionIds?: string[] } = {}): Promise<boolean> {
  const row = await db.article.findFirst({
    where: { AND: [publicArticleWhere(), options.sectionIds ? { sectionId: { in: options.sectionIds } } : {}] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: PAGE_SIZE,
    select: { id: true },
  });
  return row !== null;
}
