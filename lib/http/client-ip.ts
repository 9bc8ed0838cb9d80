import "server-only";
import { headers } from "next/headers";

// The client's address for audit rows and rate limits. X-Forwarded-For is trusted
// only when TRUST_PROXY=true (behind a proxy that sets it); otherwise X-Real-IP from
// the platform, else unknown.
export async function getClientIp(): Promise<string | null> {
  const h = await headers();
  if (process.env.TRUST_PROXY === "true") {
    const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return h.get("x-real-ip") ?? null;
}
