import "server-only";
import { db } from "@/lib/db";
import { narrowToByline, narrowToTag } from "@/lib/articles/narrow-to-few";
import { PAGE_SIZE } from "@/lib/articles/page-size";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { boundPage } from "@/lib/page-param";
import { excerptDocument } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isLiveNow } from "@/lib/live/live-state";
import { PUBLIC_IMAGE_SELECT, toPublicImage, type PublicImage } from "@/lib/media/public-image";

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
