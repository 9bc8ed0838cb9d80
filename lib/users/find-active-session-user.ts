import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function findActiveSessionUser(id: string, sessionVersion: number): Promise<CurrentUser | null> {
  const user = await db.user.findFirst({
    where: { id, active: true, sessionVersion },
    select: { id: true, name: true, email: true, role: true },
  });
  return user;
}
