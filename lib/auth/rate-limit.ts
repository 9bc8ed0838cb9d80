import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so the limits hold however many app instances
// answer. An attempt is counted before its password is checked, in one atomic upsert
// per key, so a burst of parallel guesses cannot all slip under the limit; a success
// then gives its attempt back (and clears the account's counter).
//
// An attempt from a browser holding a device cookie for the account (lib/auth/device-cookie.ts)
// is counted against that cookie alone: the account lock and the per-address limit are
// for strangers, so they cannot keep the account's owner out.

export type Limit = { key: string; max: number; windowSeconds: number };
export type LimitState = { limited: false } | { limited: true; retryAfterSeconds: number };

export const SIGN_IN_LIMITS = {
  perAccount: { max: 10, windowSeconds: 60 },
  perIp: { max: 30, windowSeconds: 60 },
  perDevice: { max: 10, windowSeconds: 60 },
};

export function signInLimits(email: string, ip: string | null): Limit[] {
  const limits: Limit[] = [{ key: `sign-in:account:${email.trim().toLowerCase()}`, ...SIGN_IN_LIMITS.perAccount }];
  if (ip) limits.push({ key: `sign-in:ip:${ip}`, ...SIGN_IN_LIMITS.perIp });
  return limits;
}

// A trusted device's attempts: its own counter only. A success clears that counter and
// leaves the account's alone, so an attack on the account stays locked out.
export function deviceLimits(deviceId: string): Limit[] {
  return [{ key: `sign-in:device:${deviceId}`, ...SIGN_IN_LIMITS.perDevice }];
}

// Counts one attempt against every limit; limited when any is past its maximum.
export async function consumeLimits(limits: readonly Limit[]): Promise<LimitState> {
  let retryAfter = 0;
  for (const limit of limits) {
    const [row] = await db.$queryRaw<{ count: number; retry: number }[]>`
      INSERT INTO rate_limit_buckets (key, count, reset_at)
      VALUES (${limit.key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN now() + make_interval(secs => ${limit.windowSeconds}) ELSE rate_limit_buckets.reset_at END
      RETURNING count, CEIL(EXTRACT(EPOCH FROM (reset_at - now())))::int AS retry`;
    if (row && row.count > limit.max) retryAfter = Math.max(retryAfter, Math.max(1, row.retry));
  }
  // Old windows are litter; clear a few on the way.
  await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key IN (SELECT key FROM rate_limit_buckets WHERE reset_at < now() - interval '1 hour' LIMIT 100)`;
  return retryAfter > 0 ? { limited: true, retryAfterSeconds: retryAfter } : { limited: false };
}

// After a successful sign-in: the first limit (the account's, or the device's) starts
// afresh, and the address gets its attempt back.
export async function releaseLimits(limits: readonly Limit[]): Promise<void> {
  const [account, ...others] = limits;
  if (account) await db.rateLimitBucket.deleteMany({ where: { key: account.key } });
  for (const limit of others) {
    await db.$executeRaw`UPDATE rate_limit_buckets SET count = GREATEST(count - 1, 0) WHERE key = ${limit.key}`;
  }
}

/** "Wait 30 seconds" / "Wait 5 minutes": how long until a limited person may try again. */
export function describeWait(seconds: number): string {
  return seconds <= 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
}

export function retryMessage(seconds: number): string {
  return `Too many failed sign-in attempts. Wait ${describeWait(seconds)}, then try again.`;
}
