import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import type { ContentDocument } from "@/lib/content/types";
import { PUBLIC_IMAGE_SELECT, toPublicImage, type PublicImage } from "@/lib/media/public-image";
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

// What the article page shows; the preview page reads the same (lib/articles/preview-links.ts).
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

export async function getPublishedArticle(slug: string, now = new Date()): Promise<PublishedArticle | null> {
  const article = await db.article.findFirst({
    where: { slug, ...publicArticleWhere(now) },
    select: ARTICLE_PAGE_SELECT,
  });
  if (!article?.publishedAt) return null;
  const { modifiedAt, featuredImage, ...rest } = article;
  return {
    ...rest,
    image: toPublicImage(featuredImage),
    publishedAt: article.publishedAt,
    updatedAt: modifiedAt && modifiedAt > article.publishedAt ? modifiedAt : article.publishedAt,
    body: rest.body as ContentDocument,
    bylines: rest.bylines.map((b) => b.user),
    tags: rest.tags.map((t) => t.tag),
  };
}
