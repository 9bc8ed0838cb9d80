import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type ArticleRef } from "@/lib/auth/permissions";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ArticleInput } from "@/lib/articles/schema";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { writeRevision } from "@/lib/articles/write-revision";
import { deriveUniqueSlug } from "@/lib/articles/unique-slug";
import { describeConflict } from "@/lib/articles/describe-conflict";
import { assertImagesHaveAlt } from "@/lib/media/assert-images-have-alt";

export type SavedArticle = { id: string; slug: string; version: number; status: ArticleStatus };
export type SaveOptions = { slugEdited?: boolean; now?: Date };

// Saves the form's content and applies the button's transition (Save draft, Publish,
// Unpublish) in one transaction: the article, its tags, and one revision per step.
export async function saveArticle(actor: Actor, input: ArticleInput, options: SaveOptions = {}): Promise<SavedArticle> {
  if (input.intent !== "save") assertPermission(can(actor, `article.${input.intent}`));
  if (input.intent === "publish" && !documentToPlainText(input.body).trim()) {
    throw new AppError("VALIDATION", "Write the article before publishing it.", { body: ["The body is empty."] });
  }
  if (input.intent === "publish") await assertImagesHaveAlt(input.body, input.id);
  try {
    return await db.$transaction(async (tx) => {
      const id = input.id ? await updateContent(tx, actor, input, input.id) : await createContent(tx, actor, input, options);
      if (input.intent === "publish") await changeStatus(tx, actor, id, "PUBLISHED", options.now ?? new Date());
      if (input.intent === "unpublish") await changeStatus(tx, actor, id, "UNPUBLISHED", options.now ?? new Date());
      const saved = await tx.article.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true, status: true } });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      throw new AppError("VALIDATION", "Another article already uses this slug.", { slug: ["Another article already uses this slug. Choose another."] });
    }
    throw error;
  }
}

async function createContent(tx: Tx, actor: Actor, input: ArticleInput, options: SaveOptions): Promise<string> {
  assertPermission(can(actor, "article.create"));
  const slug = input.slug && options.slugEdited !== false ? input.slug : await deriveUniqueSlug(tx, input.headline);
  const article = await tx.article.create({
    data: {
      headline: input.headline,
      standfirst: input.standfirst,
      dateline: input.dateline,
      slug,
      body: input.body as Prisma.InputJsonValue,
      createdById: actor.id,
      updatedById: actor.id,
      bylines: { create: [{ userId: actor.id, position: 0 }] },
    },
    select: { id: true },
  });
  await replaceTags(tx, article.id, input.tags);
  await writeRevision(tx, article.id, "SAVE", actor.id);
  return article.id;
}

async function updateContent(tx: Tx, actor: Actor, input: ArticleInput, id: string): Promise<string> {
  const current = await loadArticleRef(tx, id);
  assertPermission(can(actor, "article.edit", current));
  if (input.version === undefined) throw new AppError("VALIDATION", "The form did not say which version it edits. Reload the page.");
  // Only the row at the version the editor started from may change: a stale save is
  // refused, never silently written over someone else's words.
  const updated = await tx.article.updateMany({
    where: { id, version: input.version },
    data: {
      headline: input.headline,
      standfirst: input.standfirst,
      dateline: input.dateline,
      slug: input.slug || undefined,
      body: input.body as Prisma.InputJsonValue,
      updatedById: actor.id,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw new AppError("CONFLICT", await describeConflict(tx, id));
  await replaceTags(tx, id, input.tags);
  await writeRevision(tx, id, "SAVE", actor.id);
  return id;
}

async function changeStatus(tx: Tx, actor: Actor, id: string, status: ArticleStatus, now: Date): Promise<void> {
  const current = await tx.article.findUniqueOrThrow({ where: { id }, select: { status: true, publishedAt: true } });
  if (status === "UNPUBLISHED" && current.status !== "PUBLISHED" && current.status !== "SCHEDULED") {
    throw new AppError("VALIDATION", "Only a published article can be unpublished.");
  }
  await tx.article.update({
    where: { id },
    data: {
      status,
      // The first publication time stands; republishing after an unpublish keeps it.
      publishedAt: status === "PUBLISHED" ? (current.publishedAt ?? now) : undefined,
      updatedById: actor.id,
      version: { increment: 1 },
    },
  });
  await writeRevision(tx, id, "STATUS", actor.id, status === "PUBLISHED" ? "Published" : "Unpublished");
}

async function replaceTags(tx: Tx, articleId: string, names: readonly string[]): Promise<void> {
  const tagIds = await ensureTags(tx, names);
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length === 0) return;
  await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId, tagId, position })) });
}

async function loadArticleRef(tx: Tx, id: string): Promise<ArticleRef> {
  const article = await tx.article.findUnique({
    where: { id },
    select: { status: true, createdById: true, bylines: { select: { userId: true } } },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
  return { status: article.status, createdById: article.createdById, bylineUserIds: article.bylines.map((b) => b.userId) };
}

function assertPermission(allowed: boolean): void {
  if (!allowed) throw new AppError("FORBIDDEN", "Your role does not allow this. An editor can publish it for you.");
}

function isUniqueViolation(error: unknown, field: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e.code !== "P2002") return false;
  const text = JSON.stringify(e.meta ?? {});
  return text.includes(field);
}
