import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertNotLastAdmin } from "@/lib/users/lock-active-admins";

// A role change ends the person's open sessions (session version), so the new role
// applies from their next request and nothing cached in a page survives.
export async function changeUserRole(actor: Actor, userId: string, role: Role, ip: string | null = null): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins change roles.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    if (user.role === role) return;
    if (user.role === "ADMIN") await assertNotLastAdmin(tx, userId, "demoted");
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: actor.id, action: "user.role_change", targetType: "user", targetId: userId, ip, details: { from: user.role, to: role } });
  });
}
