import "server-only";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/users/issue-password-token";

// For the set-password page: whose link is this, and does it still work?
export async function findPasswordToken(token: string, now = new Date()) {
  if (token.length < 20 || token.length > 200) return null;
  return db.passwordToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
    select: { purpose: true, user: { select: { name: true, email: true } } },
  });
}
