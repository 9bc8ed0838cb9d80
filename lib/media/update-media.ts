import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import type { MediaFields } from "@/lib/media/schema";

export async function updateMedia(actor: Actor, id: string, fields: MediaFields, ip: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.mediaAsset.updateMany({ where: { id }, data: fields });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "That image no longer exists.");
    await recordAudit(tx, { actorId: actor.id, action: "media.update", targetType: "media", targetId: id, ip });
  });
}
