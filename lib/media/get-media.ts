import "server-only";
import { db } from "@/lib/db";

export function getMedia(id: string) {
  return db.mediaAsset.findUnique({
    where: { id },
    select: {
      id: true, storageKey: true, format: true, width: true, height: true, widths: true, alt: true, caption: true, credit: true,
      originalName: true, bytes: true, createdAt: true, uploadedBy: { select: { name: true } },
    },
  });
}
