import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { isPublicTag, reportTagChange, tagRef } from "@/lib/webhooks/tag-event";

// Folds `source` into `target`: its articles carry the target instead (once), its
// address and its own old addresses redirect to the target, and it is removed.
export async function mergeTags(actor: Actor, sourceId: string, targetId: string, ip: string | null = null): Promise<{ moved: number; targetSlug: string }> {
  if (!can(actor, "tag.manage")) throw new AppError("FORBIDDEN", "Only editors and admins manage tags.");
  if (sourceId === targetId) throw new AppError("VALIDATION", "Choose a different tag to merge into.");
  return db.$transaction(async (tx) => {
    const [source, target] = await Promise.all([
      tx.tag.findUnique({ where: { id: sourceId }, select: { name: true, slug: true } }),
      tx.tag.findUnique({ where: { id: targetId }, select: { name: true, slug: true } }),
    ]);
    if (!source || !target) throw new AppError("NOT_FOUND", "One of the two tags no longer exists.");
    const now = new Date();
    // Readers saw the merged-away tag (its public articles now carry the target).
    const announce = await isPublicTag(tx, sourceId, now);
    const moved = await tx.$executeRaw`
      INSERT INTO article_tags (article_id, tag_id, position)
      SELECT article_id, ${targetId}::uuid, position FROM article_tags WHERE tag_id = ${sourceId}::uuid
      ON CONFLICT (article_id, tag_id) DO NOTHING`;
    await tx.articleTag.deleteMany({ where: { tagId: sourceId } });
    await tx.tagRedirect.updateMany({ where: { tagId: sourceId }, data: { tagId: targetId } });
    await tx.tagRedirect.create({ data: { fromSlug: source.slug, tagId: targetId } });
    await tx.tag.delete({ where: { id: sourceId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "tag.merge",
      targetType: "tag",
      targetId,
      ip,
      details: { from: source.name, fromSlug: source.slug, into: target.name, articlesMoved: moved },
    });
    if (announce) {
      await reportTagChange(tx, { change: "merged", tag: tagRef({ id: targetId, ...target }), previous: { id: sourceId, name: source.name, slug: source.slug } }, now);
    }
    return { moved, targetSlug: target.slug };
  });
}
