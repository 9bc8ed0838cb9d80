import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ContentDocument } from "@/lib/content/types";
import { findImagesMissingAlt } from "@/lib/media/find-images-missing-alt";

// A live entry's images need alt text before it is posted (lib/live/entries.ts). Articles
// are checked by the pre-publish rules (lib/articles/prepublish-rules.ts); both count
// missing alt text with the one rule, findImagesMissingAlt.
export async function assertImagesHaveAlt(body: ContentDocument, articleId?: string): Promise<void> {
  const missing = findImagesMissingAlt(body);
  if (missing > 0) {
    const message = `Add alt text to ${missing === 1 ? "the image" : `all ${missing} images`} without it before publishing (select the image, then “Edit image”).`;
    throw new AppError("VALIDATION", message, { body: [message] });
  }
  if (!articleId) return;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { featuredImage: { select: { alt: true } } } });
  if (article?.featuredImage && !article.featuredImage.alt.trim()) {
    throw new AppError("VALIDATION", "Add alt text to the featured image before publishing (in the media library).");
  }
}
