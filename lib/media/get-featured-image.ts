import "server-only";
import { db } from "@/lib/db";
import { imageSources, type MediaRef } from "@/lib/media/media-url";

export type FeaturedImage = MediaRef & ReturnType<typeof imageSources>;

const SELECT = { id: true, storageKey: true, format: true, width: true, height: true, widths: true, alt: true, caption: true, credit: true } as const;

// For cards, Open Graph and JSON-LD: the article's featured image with its sources.
export async function getFeaturedImage(articleId: string): Promise<FeaturedImage | null> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { featuredImage: { select: SELECT } } });
  return article?.featuredImage ? { ...article.featuredImage, ...imageSources(article.featuredImage) } : null;
}

// The same for many articles at once (lists of cards): article id → image.
export async function getFeaturedImages(articleIds: readonly string[]): Promise<Map<string, FeaturedImage>> {
  const rows = await db.article.findMany({ where: { id: { in: [...articleIds] }, featuredImageId: { not: null } }, select: { id: true, featuredImage: { select: SELECT } } });
  return new Map(rows.filter((r) => r.featuredImage).map((r) => [r.id, { ...r.featuredImage!, ...imageSources(r.featuredImage!) }]));
}
