import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Everyone picks their own picture from the library: the id comes from the session.
export async function setAvatar(userId: string, mediaId: string | null): Promise<void> {
  if (mediaId && !(await db.mediaAsset.findUnique({ where: { id: mediaId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "That image is no longer in the library.");
  }
  await db.user.update({ where: { id: userId }, data: { avatarId: mediaId } });
}
