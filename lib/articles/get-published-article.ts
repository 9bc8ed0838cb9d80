import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queryDb } from "@/lib/db/connections";
import { rawSql, sql } from "@/lib/db/sql";
import { publicArticleSql } from "@/lib/articles/public-filter";
import { BYLINES_AND_TAGS_COLUMNS } from "@/lib/articles/list-published-articles";
import type { ContentDocument } from "@/lib/content/types";
import { imageFromColumns, PUBLIC_IMAGE_COLUMNS, PUBLIC_IMAGE_SELECT, toPublicImage, type ImageColumns, type PublicImage } from "@/lib/media/public-image";
import type { CorrectionNote } from "@/lib/articles/corrections";
import type { LiveCoverageView } from "@/lib/live/coverage";

export type PublishedArticle = {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  dateline: string;
  body: ContentDocument;
  publishedAt: Date;
  // The public modified time: corrections and substantive edits, not minor fixes.
  updatedAt: Date;
  corrections: CorrectionNote[];
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  image: PublicImage | null;
  /** issue-13: the primary section (lib/sections/get-section.ts reads its trail). */
  sectionId: string | null;
  /** issue-17: search and social overrides (null: the default). */
  seoTitle: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  /** issue-14: its live coverage window, when it has one (read with the article: one query fewer per page). */
  liveCoverage: LiveCoverageView | null;
};

// What the article page shows, as the ORM reads it: the preview page reads it so
// (lib/articles/preview-links.ts); getPublishedArticle reads the same as one SQL statement.
export const ARTICLE_PAGE_SELECT = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  dateline: true,
  body: true,
  publishedAt: true,
  modifiedAt: true,
  corrections: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, text: true, createdAt: true } },
  bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  featuredImage: { select: PUBLIC_IMAGE_SELECT },
  sectionId: true,
  seoTitle: true,
  socialTitle: true,
  socialDescription: true,
  liveCoverage: { select: { startsAt: true, endsAt: true, updatedAt: true } },
} satisfies Prisma.ArticleSelect;

// The row as the statement below returns it: the page's own columns as they are, and
// what arrives folded (corrections' times as JSON text) or joined (image, live window).
type RawArticleRow = ImageColumns &
  Pick<PublishedArticle, "id" | "slug" | "headline" | "standfirst" | "dateline" | "body" | "sectionId" | "seoTitle" | "socialTitle" | "socialDescription" | "bylines" | "tags"> & {
    publishedAt: Date | null;
    modifiedAt: Date | null;
    corrections: (Omit<CorrectionNote, "createdAt"> & { createdAt: string })[];
    liveStartsAt: Date | null;
    liveEndsAt: Date | null;
    liveUpdatedAt: Date | null;
  };

/**
 * The public article at `slug`, or null. What ARTICLE_PAGE_SELECT reads, as one SQL
 * statement (tests/integration/article-page-read.test.ts proves them equal): every
 * uncached article page reads it, and through the ORM its five relations cost about
 * 1.3 ms of planning in PostgreSQL and the ORM's own query building and row unpacking in
 * the server; here the corrections, bylines and tags arrive folded as JSON in their order,
 * the image and the live window by a join, as a statement prepared once per connection
 * (lib/db/connections.ts).
 */
export async function getPublishedArticle(slug: string, now = new Date()): Promise<PublishedArticle | null> {
  const [row] = await queryDb<RawArticleRow>(sql`
    SELECT a.id::text AS id, a.slug, a.headline, a.standfirst, a.dateline, a.body,
      a.published_at AS "publishedAt", a.modified_at AS "modifiedAt", a.section_id::text AS "sectionId",
      a.seo_title AS "seoTitle", a.social_title AS "socialTitle", a.social_description AS "socialDescription",
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'text', c.text, 'createdAt', c.created_at) ORDER BY c.created_at, c.id)
                FROM corrections c WHERE c.article_id = a.id), '[]') AS corrections,
      ${BYLINES_AND_TAGS_COLUMNS},
      ${rawSql(PUBLIC_IMAGE_COLUMNS)},
      lc.starts_at AS "liveStartsAt", lc.ends_at AS "liveEndsAt", lc.updated_at AS "liveUpdatedAt"
    FROM articles a
    LEFT JOIN media_assets m ON m.id = a.featured_image_id
    LEFT JOIN live_coverages lc ON lc.article_id = a.id
    WHERE a.slug = ${slug} AND ${publicArticleSql("a", now)}`);
  if (!row?.publishedAt) return null;
  const { modifiedAt, publishedAt, liveStartsAt, liveEndsAt, liveUpdatedAt } = row;
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    dateline: row.dateline,
    body: row.body,
    publishedAt,
    updatedAt: modifiedAt && modifiedAt > publishedAt ? modifiedAt : publishedAt,
    corrections: row.corrections.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
    bylines: row.bylines,
    tags: row.tags,
    image: toPublicImage(imageFromColumns(row)),
    sectionId: row.sectionId,
    seoTitle: row.seoTitle,
    socialTitle: row.socialTitle,
    socialDescription: row.socialDescription,
    liveCoverage: liveStartsAt && liveUpdatedAt ? { startsAt: liveStartsAt, endsAt: liveEndsAt, updatedAt: liveUpdatedAt } : null,
  };
}
