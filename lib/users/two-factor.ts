import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { consumeLimits, releaseLimits, type Limit } from "@/lib/auth/rate-limit";
import { completeSecondFactor, endAllSessions } from "@/lib/auth/sessions";
import { open, seal } from "@/lib/auth/secret-box";
import { newTotpSecret, sealTotpSecret, verifyTotpCode } from "@/lib/auth/totp";
import { rolesRequiringTwoFactor, storeRolesRequiringTwoFactor } from "@/lib/auth/two-factor-policy";
import { replaceRecoveryCodes } from "@/lib/users/recovery-codes";
import { CODE_NOT_ACCEPTED, spendSecondFactorCode } from "@/lib/users/second-factor-code";

// Two-factor sign-in with an authenticator app (TOTP) and recovery codes: turning it on,
// giving the code at sign-in, turning it off, and an admin's reset. Every step is audited.

// Codes are counted per account, whatever the address: 6-digit codes are guessable
// only by volume. 5 tries in 5 minutes keeps a guesser to about 1 in 100,000 a day.
export const CODE_LIMIT = { max: 5, windowSeconds: 5 * 60 };
function codeLimits(userId: string): Limit[] {
  return [{ key: `two-factor:user:${userId}`, ...CODE_LIMIT }];
}

async function countCodeAttempt(userId: string): Promise<void> {
  const state = await consumeLimits(codeLimits(userId));
  if (state.limited) throw new AppError("RATE_LIMITED", `Too many codes tried. Wait ${Math.ceil(state.retryAfterSeconds / 60)} minutes, then try again.`);
}

// The key being set up travels in the set-up form, sealed for this person, so showing the
// set-up page writes nothing; it becomes theirs only with a code proving the app has it.
const SETUP_PURPOSE = "totp-setup";
export type TotpSetup = { secret: string; sealed: string };

export function beginTotpSetup(userId: string): TotpSetup {
  const secret = newTotpSecret();
  return { secret, sealed: seal(SETUP_PURPOSE, userId, secret) };
}

export async function enableTotp(userId: string, sessionId: string, sealedSetup: string, code: string, ip: string | null, now: Date): Promise<string[]> {
  await countCodeAttempt(userId);
  const secret = open(SETUP_PURPOSE, userId, sealedSetup);
  if (!secret) throw new AppError("VALIDATION", "This set-up form has expired. Reload the page and scan the new code.");
  const step = await verifyTotpCode(secret, code.replace(/\s/g, ""), null, now);
  if (step === null) throw new AppError("VALIDATION", "That code does not match. Check the app shows this account, then enter its newest code.", { code: ["That code does not match."] });
  const codes = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (user?.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is already on for your account.");
    await tx.user.update({ where: { id: userId }, data: { totpSecret: sealTotpSecret(userId, secret), totpEnabledAt: now, totpLastStep: step } });
    const codes = await replaceRecoveryCodes(tx, userId);
    await completeSecondFactor(tx, sessionId);
    await recordAudit(tx, { actorId: userId, action: "user.two_factor_enable", targetType: "user", targetId: userId, ip, details: { method: "totp" } });
    return codes;
  });
  await releaseLimits(codeLimits(userId));
  return codes;
}

// The sign-in step after the password.
export async function verifySecondFactor(userId: string, sessionId: string, code: string, ip: string | null, now: Date): Promise<{ recoveryCodesLeft?: number }> {
  await countCodeAttempt(userId);
  const result = await db.$transaction(async (tx) => {
    const check = await spendSecondFactorCode(tx, userId, code, now);
    if (!check.ok) return check;
    await completeSecondFactor(tx, sessionId);
    await recordAudit(tx, { actorId: userId, action: "auth.second_factor", targetType: "session", targetId: sessionId, ip, details: { method: check.method } });
    return check;
  });
  if (!result.ok) {
    await db.$transaction((tx) => recordAudit(tx, { actorId: userId, action: "auth.second_factor_failed", targetType: "session", targetId: sessionId, ip }));
    throw new AppError("VALIDATION", CODE_NOT_ACCEPTED, { code: [CODE_NOT_ACCEPTED] });
  }
  await releaseLimits(codeLimits(userId));
  return { recoveryCodesLeft: result.recoveryCodesLeft };
}

// Turning it off takes a current code, and is refused when the role requires it.
export async function disableOwnTotp(user: { id: string; role: Role }, code: string, ip: string | null, now: Date): Promise<void> {
  if ((await rolesRequiringTwoFactor()).includes(user.role)) throw new AppError("FORBIDDEN", "Your role requires two-factor sign-in, so it cannot be turned off.");
  await countCodeAttempt(user.id);
  await db.$transaction(async (tx) => {
    const check = await spendSecondFactorCode(tx, user.id, code, now);
    if (!check.ok) throw new AppError("VALIDATION", CODE_NOT_ACCEPTED, { code: [CODE_NOT_ACCEPTED] });
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "user.two_factor_disable", targetType: "user", targetId: user.id, ip });
  });
}

// New recovery codes (the old ones stop working); takes a current code, like turning it off.
export async function renewRecoveryCodes(userId: string, code: string, ip: string | null, now: Date): Promise<string[]> {
  await countCodeAttempt(userId);
  return db.$transaction(async (tx) => {
    const check = await spendSecondFactorCode(tx, userId, code, now);
    if (!check.ok) throw new AppError("VALIDATION", CODE_NOT_ACCEPTED, { code: [CODE_NOT_ACCEPTED] });
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { actorId: userId, action: "user.recovery_codes_renew", targetType: "user", targetId: userId, ip });
    return codes;
  });
}

// An admin's reset, for someone who lost their phone and their recovery codes: the
// factor and codes are removed and every session of theirs ends. If their role requires
// two-factor sign-in they set it up again at their next sign-in.
export async function resetTwoFactor(actor: Actor, userId: string, ip: string | null, now: Date): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins reset two-factor sign-in.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    if (!user.totpEnabledAt) throw new AppError("CONFLICT", "Two-factor sign-in is not on for this account.");
    await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await endAllSessions(tx, userId, now);
    await recordAudit(tx, { actorId: actor.id, action: "user.two_factor_reset", targetType: "user", targetId: userId, ip });
  });
}

export async function setRolesRequiringTwoFactor(actor: Actor, roles: readonly Role[], ip: string | null): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins change who must use two-factor sign-in.");
  await db.$transaction(async (tx) => {
    const before = await storeRolesRequiringTwoFactor(tx, roles);
    await recordAudit(tx, { actorId: actor.id, action: "settings.two_factor_roles", targetType: "user", targetId: null, ip, details: { from: before, to: [...new Set(roles)].sort() } });
  });
}

export async function getTwoFactorStatus(userId: string): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } } });
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft: user?._count.recoveryCodes ?? 0 };
}

// Ends every session of a person (an admin's "sign them out everywhere").
export async function endUserSessions(actor: Actor, userId: string, ip: string | null, now: Date): Promise<void> {
  if (!can(actor, "user.manage")) throw new AppError("FORBIDDEN", "Only admins end someone's sessions.");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
    await endAllSessions(tx, userId, now);
    await recordAudit(tx, { actorId: actor.id, action: "user.sessions_end_all", targetType: "user", targetId: userId, ip });
  });
}
