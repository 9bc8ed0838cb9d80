import "server-only";
import { ARTICLE_PAGE_SELECT, type PublishedArticle } from "@/lib/articles/get-published-article";
import { toPublicImage } from "@/lib/media/public-image";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { articleIdSchema } from "@/lib/articles/schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import type { ContentDocument } from "@/lib/content/types";
import type { ServiceContext } from "@/lib/articles/context";

export const PREVIEW_DEFAULT_HOURS = 48;
export const PREVIEW_MAX_HOURS = 24 * 14;

export const createPreviewSchema = z.object({
  articleId: articleIdSchema,
  hours: z.coerce.number().int("Whole hours only.").min(1, "At least 1 hour.").max(PREVIEW_MAX_HOURS, `At most ${PREVIEW_MAX_HOURS} hours (14 days).`),
});
export const revokePreviewSchema = z.object({ articleId: articleIdSchema, linkId: z.uuid("That link does not exist.") });
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// A private link: 256 random bits, of which only the hash is stored, so the link is
// shown once, to the person who made it.
export async function createPreviewLink(actor: Actor, input: { articleId: string; hours?: number }, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  const hours = input.hours ?? PREVIEW_DEFAULT_HOURS;
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.articleId);
    assertAllowed(can(actor, "article.preview", article), "Only the article's authors (while it is a draft) and editors can share a preview.");
    const token = randomBytes(32).toString("base64url");
    const link = await tx.previewLink.create({
      data: { articleId: input.articleId, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + hours * 3_600_000), createdById: actor.id },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "preview.create", targetType: "article", targetId: input.articleId, ip: context.ip, details: { previewId: link.id, hours } });
    return { ...link, token };
  });
}

export async function revokePreviewLink(actor: Actor, input: { articleId: string; linkId: string }, context: ServiceContext = {}) {
  await db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.articleId);
    assertAllowed(can(actor, "article.preview", article), "Only the article's authors (while it is a draft) and editors can revoke a preview.");
    const revoked = await tx.previewLink.updateMany({ where: { id: input.linkId, articleId: input.articleId, revokedAt: null }, data: { revokedAt: context.now ?? new Date() } });
    if (revoked.count === 0) throw new AppError("NOT_FOUND", "That preview link was already revoked or does not exist.");
    await recordAudit(tx, { actorId: actor.id, action: "preview.revoke", targetType: "article", targetId: input.articleId, ip: context.ip, details: { previewId: input.linkId } });
  });
}

export type PreviewLinkSummary = { id: string; expiresAt: Date; revokedAt: Date | null; createdAt: Date; createdBy: string };

export async function listPreviewLinks(articleId: string): Promise<PreviewLinkSummary[]> {
  const rows = await db.previewLink.findMany({
    where: { articleId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, expiresAt: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, createdBy: r.createdBy?.name ?? "former staff" }));
}

export type PreviewArticle = PublishedArticle & { status: string };

// The current draft behind a live, unexpired, unrevoked token, shaped as the article
// page shows a published article; anything else is null (404). A link speaks for the
// person who made it, so it works only while they could still share it: their account
// is active, and their role still allows a preview of this article (an editor demoted
// to reporter, or a reporter taken off the byline, loses the links they made). A
// reporter's link made on their draft keeps working after they submit it: the story is
// still theirs, and the link was theirs to give (issue #11, item 7).
export async function getPreviewArticle(token: string, now = new Date()): Promise<PreviewArticle | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const link = await db.previewLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      expiresAt: true,
      revokedAt: true,
      createdBy: { select: { id: true, role: true, active: true } },
      article: {
        select: { ...ARTICLE_PAGE_SELECT, status: true, deletedAt: true, createdById: true, bylines: { orderBy: { position: "asc" }, select: { userId: true, user: { select: { name: true, slug: true } } } } },
      },
    },
  });
  if (!link || link.revokedAt || link.expiresAt.getTime() <= now.getTime() || link.article.deletedAt) return null;
  if (!creatorMayStillShare(link.createdBy, link.article)) return null;
  const { featuredImage, modifiedAt: _modified, deletedAt: _deleted, createdById: _creator, ...a } = link.article;
  return {
    ...a,
    // Not yet published: shown as it would read if it went out now.
    publishedAt: a.publishedAt ?? now,
    updatedAt: a.publishedAt ?? now,
    body: a.body as ContentDocument,
    bylines: a.bylines.map((b) => b.user),
    tags: a.tags.map((t) => t.tag),
    image: toPublicImage(featuredImage),
  };
}

function creatorMayStillShare(creator: (Actor & { active: boolean }) | null, article: { createdById: string | null; bylines: { userId: string }[] }): boolean {
  if (!creator?.active) return false;
  // Judged as when the link was made (on a draft): the status since is the story's
  // progress, not a loss of the creator's right.
  return can(creator, "article.preview", { status: "DRAFT", createdById: article.createdById, bylineUserIds: article.bylines.map((b) => b.userId) });
}
