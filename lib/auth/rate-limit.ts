import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so the limits hold however many app instances
// answer. Only failures are counted; a success clears the account's counter.

export type Limit = { key: string; max: number; windowSeconds: number };
export type LimitState = { limited: false } | { limited: true; retryAfterSeconds: number };

export const SIGN_IN_LIMITS = {
  perAccount: { max: 10, windowSeconds: 60 },
  perIp: { max: 30, windowSeconds: 60 },
};

export function signInLimits(email: string, ip: string | null): Limit[] {
  const limits: Limit[] = [{ key: `sign-in:account:${email.trim().toLowerCase()}`, ...SIGN_IN_LIMITS.perAccount }];
  if (ip) limits.push({ key: `sign-in:ip:${ip}`, ...SIGN_IN_LIMITS.perIp });
  return limits;
}

export async function checkLimits(limits: readonly Limit[], now = new Date()): Promise<LimitState> {
  if (limits.length === 0) return { limited: false };
  const rows = await db.rateLimitBucket.findMany({ where: { key: { in: limits.map((l) => l.key) }, resetAt: { gt: now } } });
  let retryAfter = 0;
  for (const row of rows) {
    const limit = limits.find((l) => l.key === row.key);
    if (limit && row.count >= limit.max) retryAfter = Math.max(retryAfter, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000));
  }
  return retryAfter > 0 ? { limited: true, retryAfterSeconds: retryAfter } : { limited: false };
}

// One statement per key: a new window starts when the old one has passed.
export async function countFailure(limits: readonly Limit[]): Promise<void> {
  for (const limit of limits) {
    await db.$executeRaw`
      INSERT INTO rate_limit_buckets (key, count, reset_at)
      VALUES (${limit.key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
        reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN now() + make_interval(secs => ${limit.windowSeconds}) ELSE rate_limit_buckets.reset_at END`;
  }
  // Old windows are litter; clear a few on the way.
  await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key IN (SELECT key FROM rate_limit_buckets WHERE reset_at < now() - interval '1 hour' LIMIT 100)`;
}

export async function clearLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

export function retryMessage(seconds: number): string {
  const wait = seconds <= 60 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed sign-in attempts. Wait ${wait}, then try again.`;
}
