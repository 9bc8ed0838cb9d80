import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { tagSlugFor } from "@/lib/tags/ensure-tags";
import { assertTagNameFree, rethrowNameTaken } from "@/lib/tags/assert-tag-name-free";
import type { TagFields } from "@/lib/tags/schema";

export async function createTag(actor: Actor, input: TagFields, ip: string | null = null): Promise<{ id: string; slug: string }> {
  if (!can(actor, "tag.manage")) throw new AppError("FORBIDDEN", "Only editors and admins manage tags.");
  const slug = tagSlugFor(input.name);
  try {
    return await db.$transaction(async (tx) => {
      await assertTagNameFree(tx, input.name, slug);
      // A tag created on purpose takes its address back from an old redirect.
      await tx.tagRedirect.deleteMany({ where: { fromSlug: slug } });
      const tag = await tx.tag.create({ data: { name: input.name, slug, description: input.description }, select: { id: true, slug: true } });
      await recordAudit(tx, { actorId: actor.id, action: "tag.create", targetType: "tag", targetId: tag.id, ip, details: { name: input.name } });
      return tag;
    });
  } catch (error) {
    rethrowNameTaken(error);
  }
}
