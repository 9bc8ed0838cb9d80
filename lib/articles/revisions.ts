import "server-only";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeRevision } from "@/lib/articles/write-revision";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { buildConflict } from "@/lib/articles/describe-conflict";
import { assertSlugFree, rememberOldSlug } from "@/lib/articles/slug-history";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { effectiveStatus } from "@/lib/articles/transitions";
import type { ArticleStatus, Prisma, RevisionKind } from "@/lib/generated/prisma/client";
import type { ServiceContext } from "@/lib/articles/context";
import { z } from "zod";
import { articleIdSchema } from "@/lib/articles/schema";
import { reportArticleEvent } from "@/lib/webhooks/article-event";

export type RevisionSummary = {
  id: string;
  version: number;
  kind: RevisionKind;
  status: ArticleStatus;
  headline: string;
  note: string;
  author: string;
  createdAt: Date;
};

export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  await recordDueGoLives();
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: 500,
    select: { id: true, version: true, kind: true, status: true, headline: true, note: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, author: r.author?.name ?? "Someone no longer on staff" }));
}

export type RevisionDetail = {
  id: string;
  version: number;
  headline: string;
  standfirst: string;
  slug: string;
  body: unknown;
  tags: string[];
  bylines: string[];
  seoTitle: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  /** The primary section's name when the version was written ("": none; null: not recorded, an older version). */
  sectionName: string | null;
  createdAt: Date;
};

export async function getRevision(articleId: string, revisionId: string): Promise<RevisionDetail | null> {
  const row = await db.revision.findFirst({ where: { id: revisionId, articleId } });
  if (!row) return null;
  const bylineIds = row.bylines as string[];
  const users = await db.user.findMany({ where: { id: { in: bylineIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return { ...row, tags: row.tags as string[], bylines: bylineIds.map((id) => names.get(id) ?? "(former staff)") };
}

export const restoreRevisionSchema = z.object({ articleId: articleIdSchema, revisionId: z.uuid("That version does not exist."), version: z.coerce.number().int().min(1) });

// Restoring writes the old words as a new version with its own revision: history
// is never rewritten.
export async function restoreRevision(actor: Actor, request: { articleId: string; revisionId: string; version: number }, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const current = await loadArticleRef(tx, request.articleId);
    assertAllowed(can(actor, "article.restore_revision", current), "Only the article's authors (while it is a draft) and editors can restore a version.");
    if (current.version !== request.version) throw await buildConflict(tx, request.articleId);
    const revision = await tx.revision.findFirst({ where: { id: request.revisionId, articleId: request.articleId } });
    if (!revision) throw new AppError("NOT_FOUND", "That version no longer exists.");
    if (revision.slug !== current.slug) await assertSlugFree(tx, revision.slug, request.articleId);
    const slugTaken = await tx.article.findFirst({ where: { slug: revision.slug, id: { not: request.articleId } }, select: { id: true } });
    const slug = slugTaken ? current.slug : revision.slug;
    // The section as it stood (none included), if that section still exists: a deleted
    // one leaves the current section as it is, and the note says so. A version written
    // before sections were recorded (sectionName null) leaves it as it is too.
    const section = revision.sectionId ? await tx.section.findUnique({ where: { id: revision.sectionId }, select: { id: true } }) : null;
    const sectionGone = revision.sectionId !== null && section === null;
    const restoreSection = revision.sectionName !== null && !sectionGone;
    const live = effectiveStatus(current.status, current.publishedAt, now) === "PUBLISHED";
    await tx.article.update({
      where: { id: request.articleId },
      data: {
        headline: revision.headline,
        standfirst: revision.standfirst,
        slug,
        body: revision.body as Prisma.InputJsonValue,
        seoTitle: revision.seoTitle,
        socialTitle: revision.socialTitle,
        socialDescription: revision.socialDescription,
        ...(restoreSection ? { sectionId: revision.sectionId } : {}),
        updatedById: actor.id,
        version: { increment: 1 },
        ...(live ? { modifiedAt: now } : {}),
      },
    });
    if (current.publishedAt && slug !== current.slug) await rememberOldSlug(tx, request.articleId, current.slug, slug);
    const tagIds = await ensureTags(tx, revision.tags as string[]);
    await tx.articleTag.deleteMany({ where: { articleId: request.articleId } });
    if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId: request.articleId, tagId, position })) });
    const bylineIds = revision.bylines as string[];
    const activeBylines = await tx.user.findMany({ where: { id: { in: bylineIds } }, select: { id: true } });
    const keep = bylineIds.filter((id) => activeBylines.some((u) => u.id === id));
    if (keep.length) {
      await tx.byline.deleteMany({ where: { articleId: request.articleId } });
      await tx.byline.createMany({ data: keep.map((userId, position) => ({ articleId: request.articleId, userId, position })) });
    }
    await writeRevision(tx, request.articleId, "RESTORE", actor.id, `Restored version ${revision.version}${sectionGone ? ` (its section “${revision.sectionName}” no longer exists; the section was kept)` : ""}`);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.restore_revision",
      targetType: "article",
      targetId: request.articleId,
      ip: context.ip,
      details: { revisionId: revision.id, restoredVersion: revision.version },
    });
    // Readers of a live article now see the restored words: its receivers hear of it.
    if (live) await reportArticleEvent(tx, "article.updated", request.articleId, now, { minor: false });
    return tx.article.findUniqueOrThrow({ where: { id: request.articleId }, select: { id: true, version: true, slug: true } });
  });
}
