import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { relatedPicksSchema } from "@/lib/articles/related-picks-schema";

/**
 * Replaces an article's pinned related articles (in order). Whoever may edit the article
 * may pin; an article cannot pin itself; picks that are not public yet are kept but only
 * shown to readers once they are (listRelatedArticles applies the public filter).
 */
export async function setRelatedPicks(actor: Actor, articleId: string, pickedIds: unknown): Promise<string[]> {
  const parsed = relatedPicksSchema.safeParse(pickedIds);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check the related articles.";
    throw new AppError("VALIDATION", message, { relatedPicks: [message] });
  }
  const ids = parsed.data;
  if (ids.includes(articleId)) throw new AppError("VALIDATION", "An article cannot be related to itself.", { relatedPicks: ["An article cannot be related to itself."] });
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { status: true, createdById: true, bylines: { select: { userId: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
    const ref = { status: article.status, createdById: article.createdById, bylineUserIds: article.bylines.map((b) => b.userId) };
    if (!can(actor, "article.edit", ref)) throw new AppError("FORBIDDEN", "Your role does not allow changing this article.");
    const found = await tx.article.count({ where: { id: { in: ids } } });
    if (found !== ids.length) throw new AppError("VALIDATION", "A related article no longer exists. Reload the page.", { relatedPicks: ["A related article no longer exists."] });
    await tx.relatedPick.deleteMany({ where: { articleId } });
    if (ids.length > 0) await tx.relatedPick.createMany({ data: ids.map((pickedId, position) => ({ articleId, pickedId, position })) });
    await recordAudit(tx, { actorId: actor.id, action: "article.related_picks", targetType: "article", targetId: articleId, details: { pickedIds: ids } });
    return ids;
  });
}
