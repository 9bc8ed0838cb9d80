import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";

// Ends every session of this account, this one included: whoever knew the old
// password is signed out everywhere.
export async function changeOwnPassword(userId: string, current: string, next: string, ip: string | null = null): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("VALIDATION", "Your current password is not right.", { current: ["Your current password is not right."] });
  }
  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: userId, action: "user.password_change", targetType: "user", targetId: userId, ip });
  });
}
