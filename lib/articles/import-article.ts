import "server-only";
import { db } from "@/lib/db";
import { parseArticleText } from "@/lib/content/import-text";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { writeRevision } from "@/lib/articles/write-revision";
import { deriveUniqueSlug } from "@/lib/articles/unique-slug";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ImportOptions = { publish: boolean; tags: string[]; bylineUserIds: string[]; actorId: string | null };

// Turns a plain-text article (see lib/content/import-text.ts) into a stored article,
// published at the date written in the file when asked to.
export async function importArticle(text: string, options: ImportOptions): Promise<{ id: string; slug: string }> {
  const parsed = parseArticleText(text);
  return db.$transaction(async (tx) => {
    const slug = await deriveUniqueSlug(tx, parsed.headline);
    const article = await tx.article.create({
      data: {
        headline: parsed.headline,
        slug,
        body: parsed.body as Prisma.InputJsonValue,
        status: options.publish ? "PUBLISHED" : "DRAFT",
        publishedAt: options.publish ? parsed.publishedAt : null,
        // Licensed wire copy keeps its end time (issue 13).
        expiresAt: parsed.expiresAt,
        // An archived story was last changed when it ran, not when it was imported.
        ...(options.publish ? { createdAt: parsed.publishedAt, updatedAt: parsed.publishedAt } : {}),
        createdById: options.actorId,
        updatedById: options.actorId,
        bylines: { create: options.bylineUserIds.map((userId, position) => ({ userId, position })) },
      },
      select: { id: true, slug: true },
    });
    const tagIds = await ensureTags(tx, options.tags);
    if (tagIds.length) {
      await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId: article.id, tagId, position })) });
    }
    await writeRevision(tx, article.id, "IMPORT", options.actorId, "Imported from text");
    return article;
  });
}
