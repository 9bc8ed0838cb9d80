import "server-only";
import { db } from "@/lib/db";

export function getStaffMember(id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true, bio: true, passwordHash: true, createdAt: true, avatar: { select: { storageKey: true, widths: true, width: true, height: true } }, _count: { select: { bylines: true } } },
  });
}
