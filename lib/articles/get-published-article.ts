import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import type { ContentDocument } from "@/lib/content/types";
import { PUBLIC_IMAGE_SELECT, toPublicImage, type PublicImage } from "@/lib/media/public-image";

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
  image: PublicImage | null;
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
      featuredImage: { select: PUBLIC_IMAGE_SELECT },
    },
  });
  if (!article?.publishedAt) return null;
  const { featuredImage, ...rest } = article;
  return {
    ...rest,
    image: toPublicImage(featuredImage),
    publishedAt: article.publishedAt,
    body: rest.body as ContentDocument,
    bylines: rest.bylines.map((b) => b.user),
    tags: rest.tags.map((t) => t.tag),
  };
}
