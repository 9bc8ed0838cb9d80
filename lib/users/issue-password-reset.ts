import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { issuePasswordToken, type PasswordLink } from "@/lib/users/issue-password-token";

export async function issuePasswordReset(actor: Actor, userId: string, ip: string | null = null): Promise<PasswordLink & { email: string; name: string }> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins issue password links.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, email: true, name: true, passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    if (!user.active) throw new AppError("CONFLICT", "Reactivate this account before sending a password link.");
    const link = await issuePasswordToken(tx, userId, user.passwordHash ? "RESET" : "SET", actor.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.password_link", targetType: "user", targetId: userId, ip });
    return { ...link, email: user.email, name: user.name };
  });
}
