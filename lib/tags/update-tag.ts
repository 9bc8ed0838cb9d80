import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { tagSlugFor } from "@/lib/tags/ensure-tags";
import { assertTagNameFree, rethrowNameTaken } from "@/lib/tags/assert-tag-name-free";
import type { TagFields } from "@/lib/tags/schema";
import { isPublicTag, reportTagChange, tagRef } from "@/lib/webhooks/tag-event";

// Renames and describes a tag. When the name gives a new slug, the old address
// redirects permanently to the new one, so links and search results keep working.
export async function updateTag(actor: Actor, id: string, input: TagFields, ip: string | null = null): Promise<{ slug: string; renamed: boolean }> {
  if (!can(actor, "tag.manage")) throw new AppError("FORBIDDEN", "Only editors and admins manage tags.");
  try {
    return await db.$transaction(async (tx) => {
      const tag = await tx.tag.findUnique({ where: { id }, select: { name: true, slug: true } });
      if (!tag) throw new AppError("NOT_FOUND", "That tag no longer exists.");
      const slug = tagSlugFor(input.name);
      await assertTagNameFree(tx, input.name, slug, id);
      const slugChanged = slug !== tag.slug;
      if (slugChanged) {
        await tx.tagRedirect.deleteMany({ where: { fromSlug: slug } });
        await tx.tagRedirect.upsert({ where: { fromSlug: tag.slug }, create: { fromSlug: tag.slug, tagId: id }, update: { tagId: id } });
      }
      await tx.tag.update({ where: { id }, data: { name: input.name, slug, description: input.description } });
      const renamed = input.name !== tag.name;
      await recordAudit(tx, {
        actorId: actor.id,
        action: renamed ? "tag.rename" : "tag.update",
        targetType: "tag",
        targetId: id,
        ip,
        details: renamed ? { from: tag.name, to: input.name, fromSlug: tag.slug, toSlug: slug } : {},
      });
      if (await isPublicTag(tx, id, new Date())) {
        const change = renamed || slugChanged ? "renamed" : "updated";
        await reportTagChange(tx, { change, tag: tagRef({ id, name: input.name, slug }), ...(change === "renamed" ? { previous: { name: tag.name, slug: tag.slug } } : {}) }, new Date());
      }
      return { slug, renamed };
    });
  } catch (error) {
    rethrowNameTaken(error);
  }
}
