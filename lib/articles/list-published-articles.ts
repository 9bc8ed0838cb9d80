import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { excerptDocument } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";

export type ArticleCard = {
  slug: string;
  headline: string;
  summary: string;
  publishedAt: Date;
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
};

export type ArticlePage = { articles: ArticleCard[]; page: number; hasNext: boolean };

export const PAGE_SIZE = 20;

export async function listPublishedArticles(options: { tagId?: string; page?: number } = {}): Promise<ArticlePage> {
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const rows = await db.article.findMany({
    where: { ...publicArticleWhere(), ...(options.tagId ? { tags: { some: { tagId: options.tagId } } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE + 1,
    select: {
      slug: true,
      headline: true,
      standfirst: true,
      body: true,
      publishedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  const articles = rows.slice(0, PAGE_SIZE).map((row) => ({
    slug: row.slug,
    headline: row.headline,
    // A standfirst is the editor's summary; without one, the opening words stand in.
    summary: row.standfirst || excerptDocument(row.body as ContentDocument, 220),
    publishedAt: row.publishedAt ?? new Date(0),
    bylines: row.bylines.map((b) => b.user),
    tags: row.tags.map((t) => t.tag),
  }));
  return { articles, page, hasNext: rows.length > PAGE_SIZE };
}
