import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { TRASH_DAYS, type ServiceContext } from "@/lib/articles/context";
import { reportArticleEvent } from "@/lib/webhooks/article-event";

const DAY_MS = 86_400_000;

// Moves an article to the trash. A live or scheduled article must be unpublished first,
// so nothing readers can see (or are about to see) disappears by a slip.
export async function trashArticle(actor: Actor, input: { id: string }, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.id);
    assertAllowed(can(actor, "article.delete", article), "Only the article's authors (while it is a draft) and editors can delete it.");
    if (article.status === "PUBLISHED" || article.status === "SCHEDULED") {
      throw new AppError("VALIDATION", "Unpublish this article before deleting it.");
    }
    await tx.article.update({ where: { id: input.id }, data: { deletedAt: now } });
    await tx.editLock.deleteMany({ where: { articleId: input.id } });
    await recordAudit(tx, { actorId: actor.id, action: "article.delete", targetType: "article", targetId: input.id, ip: context.ip, details: { slug: article.slug } });
    // Receivers may still hold an article that was once public (since unpublished); one
    // that never went out is nobody's business.
    if (article.publishedAt && article.publishedAt.getTime() <= now.getTime()) await reportArticleEvent(tx, "article.deleted", input.id, now);
  });
}

export async function restoreFromTrash(actor: Actor, input: { id: string }, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.id, { includeDeleted: true });
    assertAllowed(can(actor, "article.restore_deleted", article), "Only editors can restore from the trash.");
    if (!article.deletedAt) throw new AppError("VALIDATION", "This article is not in the trash.");
    if (now.getTime() - article.deletedAt.getTime() > TRASH_DAYS * DAY_MS) {
      throw new AppError("VALIDATION", `This article was deleted more than ${TRASH_DAYS} days ago and can no longer be restored.`);
    }
    await tx.article.update({ where: { id: input.id }, data: { deletedAt: null } });
    await recordAudit(tx, { actorId: actor.id, action: "article.restore", targetType: "article", targetId: input.id, ip: context.ip, details: { slug: article.slug } });
  });
}

export type TrashedArticle = { id: string; headline: string; slug: string; deletedAt: Date; purgeAt: Date };

export async function listTrash(now = new Date()): Promise<TrashedArticle[]> {
  const rows = await db.article.findMany({
    where: { deletedAt: { not: null, gt: new Date(now.getTime() - TRASH_DAYS * DAY_MS) } },
    orderBy: { deletedAt: "desc" },
    take: 200,
    select: { id: true, headline: true, slug: true, deletedAt: true },
  });
  return rows.map((r) => ({ ...r, deletedAt: r.deletedAt!, purgeAt: new Date(r.deletedAt!.getTime() + TRASH_DAYS * DAY_MS) }));
}
