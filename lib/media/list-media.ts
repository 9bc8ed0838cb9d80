import "server-only";
import { db } from "@/lib/db";
import type { MediaRef } from "@/lib/media/media-url";

export type MediaListItem = MediaRef & { originalName: string; createdAt: Date };

export async function listMedia(options: { query?: string; take?: number } = {}): Promise<MediaListItem[]> {
  const q = options.query?.trim().slice(0, 100);
  return db.mediaAsset.findMany({
    where: q
      ? {
          OR: [
            { alt: { contains: q, mode: "insensitive" } },
            { caption: { contains: q, mode: "insensitive" } },
            { credit: { contains: q, mode: "insensitive" } },
            { originalName: { contains: q, mode: "insensitive" } },
          ],
        }
      : undefined,
    select: { id: true, storageKey: true, format: true, width: true, height: true, widths: true, alt: true, caption: true, credit: true, originalName: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 60, 200),
  });
}
