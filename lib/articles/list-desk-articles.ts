import "server-only";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export type DeskArticle = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  updatedAt: Date;
  publishedAt: Date | null;
  bylines: string[];
};

// The newsroom's article list: every staff member sees every article (reporters
// read others' work read-only), most recently changed first.
export async function listDeskArticles(options: { page?: number } = {}): Promise<{ articles: DeskArticle[]; hasNext: boolean }> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const take = 50;
  const rows = await db.article.findMany({
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
    },
  });
  return {
    articles: rows.slice(0, take).map((r) => ({ ...r, bylines: r.bylines.map((b) => b.user.name) })),
    hasNext: rows.length > take,
  };
}
