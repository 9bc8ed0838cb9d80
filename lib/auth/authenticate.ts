import "server-only";
import { db } from "@/lib/db";
import { getDecoyHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeLimits, deviceLimits, releaseLimits, signInLimits } from "@/lib/auth/rate-limit";
import type { TrustedDevice } from "@/lib/auth/device-cookie";

export type AuthenticatedUser = { id: string; name: string; email: string; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "failed" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Unknown email, wrong password and deactivated account all answer "failed" after one
// argon2 check, so the answer and its timing say nothing about which it was. Attempts
// count against the account and the address, or, from a browser that signed in to this
// account before (a device cookie), against that device only; past a limit no password
// is checked.
export async function authenticateWithPassword(
  email: string,
  password: string,
  ip: string | null = null,
  device: TrustedDevice | null = null,
): Promise<SignInResult> {
  const limits = device ? deviceLimits(device.id) : signInLimits(email, ip);
  const state = await consumeLimits(limits);
  if (state.limited) return { ok: false, reason: "rate_limited", retryAfterSeconds: state.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, active: true, sessionVersion: true },
  });
  const passwordHash = user?.passwordHash ?? (await getDecoyHash());
  const matches = await verifyPassword(passwordHash, password);
  if (!user || !user.passwordHash || !user.active || !matches) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: "auth.sign_in_failed", targetType: "session", targetId: user?.id ?? null, ip, details: device ? { email, trustedDevice: true } : { email } }),
    );
    return { ok: false, reason: "failed" };
  }
  await releaseLimits(limits);
  await db.$transaction((tx) => recordAudit(tx, { actorId: user.id, action: "auth.sign_in", targetType: "session", targetId: user.id, ip, details: device ? { trustedDevice: true } : {} }));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
