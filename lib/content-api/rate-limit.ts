import "server-only";
import { db } from "@/lib/db";

// Requests per key (or, without a key, per client address) in the same PostgreSQL
// fixed-window buckets as the sign-in limits (rate_limit_buckets), so the limit holds
// across every app instance. One atomic upsert per request.
export const API_LIMITS = {
  key: { max: 600, windowSeconds: 60 },
  anonymous: { max: 120, windowSeconds: 60 },
} as const;

export type RateState = { policy: string; limit: number; remaining: number; resetSeconds: number; windowSeconds: number; limited: boolean };

export async function countApiRequest(bucket: string, limit: { max: number; windowSeconds: number }): Promise<RateState> {
  const [row] = await db.$queryRaw<{ count: number; reset: number }[]>`
    INSERT INTO rate_limit_buckets (key, count, reset_at)
    VALUES (${bucket}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN 1 ELSE rate_limit_buckets.count + 1 END,
      reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN now() + make_interval(secs => ${limit.windowSeconds}) ELSE rate_limit_buckets.reset_at END
    RETURNING count, GREATEST(1, CEIL(EXTRACT(EPOCH FROM (reset_at - now()))))::int AS reset`;
  const count = row?.count ?? 1;
  // A new window: clear a few long-expired buckets on the way (as the sign-in limits do),
  // so one bucket per client address does not pile up.
  if (count === 1) await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key IN (SELECT key FROM rate_limit_buckets WHERE reset_at < now() - interval '1 hour' LIMIT 100)`;
  const resetSeconds = row?.reset ?? limit.windowSeconds;
  const policy = bucket.startsWith("api:key:") ? "key" : "anonymous";
  return { policy, limit: limit.max, remaining: Math.max(0, limit.max - count), resetSeconds, windowSeconds: limit.windowSeconds, limited: count > limit.max };
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers, structured
 * fields): the policy (quota q per window w seconds) and what is left (r) and when it
 * resets (t seconds).
 */
export function rateLimitHeaders(state: RateState): Record<string, string> {
  return {
    "RateLimit-Policy": `"${state.policy}";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"${state.policy}";r=${state.remaining};t=${state.resetSeconds}`,
  };
}
