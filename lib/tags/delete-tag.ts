import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { isPublicTag, reportTagChange, tagRef } from "@/lib/webhooks/tag-event";

// Removes the tag from its articles (the articles stay) and its address stops working.
export async function deleteTag(actor: Actor, id: string, ip: string | null = null): Promise<{ name: string; articleCount: number }> {
  if (!can(actor, "tag.manage")) throw new AppError("FORBIDDEN", "Only editors and admins manage tags.");
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: { name: true, slug: true, _count: { select: { articles: true } } } });
    if (!tag) throw new AppError("NOT_FOUND", "That tag no longer exists.");
    const now = new Date();
    const announce = await isPublicTag(tx, id, now);
    await tx.tag.delete({ where: { id } });
    if (announce) await reportTagChange(tx, { change: "deleted", tag: tagRef({ id, name: tag.name, slug: tag.slug }, false) }, now);
    await recordAudit(tx, { actorId: actor.id, action: "tag.delete", targetType: "tag", targetId: id, ip, details: { name: tag.name, slug: tag.slug, articles: tag._count.articles } });
    return { name: tag.name, articleCount: tag._count.articles };
  });
}
