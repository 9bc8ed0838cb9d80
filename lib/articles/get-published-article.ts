import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import type { ContentDocument } from "@/lib/content/types";

export type PublishedArticle = {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  dateline: string;
  body: ContentDocument;
  publishedAt: Date;
  updatedAt: Date;
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
};

export async function getPublishedArticle(slug: string): Promise<PublishedArticle | null> {
  const article = await db.article.findFirst({
    where: { slug, ...publicArticleWhere() },
    select: {
      id: true,
      slug: true,
      headline: true,
      standfirst: true,
      dateline: true,
      body: true,
      publishedAt: true,
      updatedAt: true,
      bylines: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
    },
  });
  if (!article?.publishedAt) return null;
  return {
    ...article,
    publishedAt: article.publishedAt,
    body: article.body as ContentDocument,
    bylines: article.bylines.map((b) => b.user),
    tags: article.tags.map((t) => t.tag),
  };
}
