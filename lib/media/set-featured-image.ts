import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";

// Sets or clears an article's featured image, for whoever may edit that article.
export async function setFeaturedImage(actor: Actor, articleId: string, mediaId: string | null, ip: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { status: true, createdById: true, featuredImageId: true, bylines: { select: { userId: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", "This article no longer exists.");
    const ref = { status: article.status, createdById: article.createdById, bylineUserIds: article.bylines.map((b) => b.userId) };
    if (!can(actor, "article.edit", ref)) throw new AppError("FORBIDDEN", "Your role does not allow changing this article.");
    if (mediaId && !(await tx.mediaAsset.findUnique({ where: { id: mediaId }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "That image is no longer in the library.");
    }
    if (article.featuredImageId === mediaId) return;
    await tx.article.update({ where: { id: articleId }, data: { featuredImageId: mediaId } });
    await recordAudit(tx, { actorId: actor.id, action: "article.featured_image", targetType: "article", targetId: articleId, ip, details: { mediaId } });
  });
}
