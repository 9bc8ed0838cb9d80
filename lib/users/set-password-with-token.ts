import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashToken } from "@/lib/users/issue-password-token";
import { endAllSessions } from "@/lib/auth/sessions";

export const LINK_NOT_VALID = "This link has expired or was already used. Ask for a new one from the sign-in page (Forgot your password?) or ask an admin.";

// Uses the link once: the token is marked used in the same statement that checks it,
// so two tabs cannot both set a password with it.
export async function setPasswordWithToken(token: string, password: string, ip: string | null = null, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const row = await tx.passwordToken.findFirst({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      select: { id: true, userId: true, purpose: true, user: { select: { email: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", LINK_NOT_VALID);
    const claimed = await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) throw new AppError("NOT_FOUND", LINK_NOT_VALID);
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    // Whoever had the old password, or a session, is signed out everywhere.
    await endAllSessions(tx, row.userId, now);
    await recordAudit(tx, { actorId: row.userId, action: row.purpose === "SET" ? "user.password_set" : "user.password_reset", targetType: "user", targetId: row.userId, ip });
    return { email: row.user.email };
  });
}
