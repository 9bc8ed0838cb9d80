import "server-only";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { db } from "@/lib/db";
import { narrowToByline, narrowToTag } from "@/lib/articles/narrow-to-few";
import { boundPage } from "@/lib/page-param";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";

export type DeskArticle = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  bylines: string[];
  tags: string[];
};

export const DESK_PAGE_SIZE = 50;

export type DeskFilters = { status?: ArticleStatus; bylineUserId?: string; tagSlug?: string; page?: number };

// The newsroom's article list: every staff member sees every article (reporters
// read others' work read-only), most recently changed first; the trash is elsewhere.
export async function listDeskArticles(filters: DeskFilters = {}): Promise<{ articles: DeskArticle[]; hasNext: boolean }> {
  const take = DESK_PAGE_SIZE;
  const page = boundPage(filters.page, take);
  if (page === null) return { articles: [], hasNext: false };
  await recordDueGoLives();
  const where: Prisma.ArticleWhereInput = {
    AND: [
      { deletedAt: null },
      filters.status ? { status: filters.status } : {},
      filters.bylineUserId ? await narrowToByline(filters.bylineUserId) : {},
      filters.tagSlug ? await narrowToTag({ slug: filters.tagSlug }) : {},
    ],
  };
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * take,
    take: take + 1,
    select: {
      id: true,
      headline: true,
      slug: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
    },
  });
  return {
    articles: rows.slice(0, take).map((r) => ({ ...r, bylines: r.bylines.map((b) => b.user.name), tags: r.tags.map((t) => t.tag.name) })),
    hasNext: rows.length > take,
  };
}

export function countAwaitingReview(): Promise<number> {
  return db.article.count({ where: { status: "IN_REVIEW", deletedAt: null } });
}
