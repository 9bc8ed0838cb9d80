import "server-only";
import type { Tx } from "@/lib/db";
import { openTotpSecret, verifyTotpCode } from "@/lib/auth/totp";
import { hashRecoveryCode, normalizeRecoveryCode } from "@/lib/users/recovery-codes";

export type CodeCheck = { ok: true; method: "totp" | "recovery_code"; recoveryCodesLeft?: number } | { ok: false };

export const CODE_NOT_ACCEPTED = "That code was not accepted. Enter the newest 6-digit code from your app (each code works once), or an unused recovery code.";

// Checks a code from the authenticator app (six digits) or a recovery code, and spends
// it in the same transaction: the app's code by moving the last accepted step forward
// (a conditional update, so two requests with one code cannot both pass), a recovery
// code by marking it used.
export async function spendSecondFactorCode(tx: Tx, userId: string, rawCode: string, now: Date): Promise<CodeCheck> {
  const code = rawCode.replace(/\s/g, "");
  const user = await tx.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return { ok: false };
  if (/^\d{6}$/.test(code)) {
    const secret = openTotpSecret(userId, user.totpSecret);
    if (!secret) return { ok: false };
    const step = await verifyTotpCode(secret, code, user.totpLastStep, now);
    if (step === null) return { ok: false };
    const moved = await tx.user.updateMany({ where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
    return moved.count === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  const normalized = normalizeRecoveryCode(code);
  if (normalized.length !== 10) return { ok: false };
  const used = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(normalized), usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return { ok: false };
  const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
  return { ok: true, method: "recovery_code", recoveryCodesLeft: left };
}
