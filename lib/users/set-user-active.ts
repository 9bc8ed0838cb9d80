import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertNotLastAdmin } from "@/lib/users/lock-active-admins";

// Deactivation keeps the account, its articles and bylines; it only stops sign-in and
// ends open sessions on their next request.
export async function setUserActive(actor: Actor, userId: string, active: boolean, ip: string | null = null): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins deactivate or reactivate accounts.");
  if (!active && userId === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account. Ask another admin.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, role: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    if (user.active === active) return;
    if (!active && user.role === "ADMIN") await assertNotLastAdmin(tx, userId, "deactivated");
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.reactivate" : "user.deactivate", targetType: "user", targetId: userId, ip });
  });
}
