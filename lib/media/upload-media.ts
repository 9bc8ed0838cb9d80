import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { processImage } from "@/lib/media/process-image";
import { getMediaStorage } from "@/lib/media/storage";
import { CONTENT_TYPE, variantPath, type MediaRef } from "@/lib/media/media-url";
import { cleanFileName, type MediaFields } from "@/lib/media/schema";

// Validates and re-encodes first; only a good image reaches storage and the database.
// If storing or recording fails half-way, what was written is removed again.
export async function uploadMedia(actor: Actor, data: Buffer, fileName: string, fields: Partial<MediaFields> = {}, ip: string | null = null): Promise<MediaRef> {
  const image = await processImage(data);
  const storageKey = randomBytes(16).toString("hex");
  const storage = getMediaStorage();
  const written: string[] = [];
  try {
    for (const variant of image.variants) {
      const path = variantPath(storageKey, variant.width, variant.ext);
      await storage.put(path, variant.data, CONTENT_TYPE[variant.ext]!);
      written.push(path);
    }
    return await db.$transaction(async (tx) => {
      const media = await tx.mediaAsset.create({
        data: {
          storageKey,
          originalName: cleanFileName(fileName),
          format: image.format,
          width: image.width,
          height: image.height,
          bytes: data.length,
          widths: image.widths,
          alt: fields.alt ?? "",
          caption: fields.caption ?? "",
          credit: fields.credit ?? "",
          uploadedById: actor.id,
        },
        select: { id: true, storageKey: true, format: true, width: true, height: true, widths: true, alt: true, caption: true, credit: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "media.upload", targetType: "media", targetId: media.id, ip, details: { name: cleanFileName(fileName), format: image.format } });
      return media;
    });
  } catch (error) {
    await Promise.all(written.map((path) => storage.remove(path).catch(() => undefined)));
    throw error;
  }
}
