import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { MediaFields } from "@/lib/media/schema";
import { updateMedia, type MediaUpdate } from "@/lib/media/update-media";

// Fills only the library fields that are still empty (what a writer typed while
// inserting an image), never overwriting what someone already wrote there. The same
// rule as the library's form applies (updateMedia): an image that other people's
// articles use is refused with the reason.
export async function fillMediaFields(actor: Actor, id: string, fields: MediaFields, ip: string | null = null): Promise<MediaUpdate | null> {
  const media = await db.mediaAsset.findUnique({ where: { id }, select: { alt: true, caption: true, credit: true } });
  if (!media) return null;
  const next = { alt: media.alt || fields.alt, caption: media.caption || fields.caption, credit: media.credit || fields.credit };
  if (next.alt === media.alt && next.caption === media.caption && next.credit === media.credit) return null;
  return updateMedia(actor, id, next, ip);
}
