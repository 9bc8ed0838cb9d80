import "server-only";
import { REVALIDATE_TOKEN_HEADER, revalidateToken, type RevalidationMessage } from "@/lib/cache/revalidation-message";

/**
 * For the proxy, which cannot expire cached pages itself (that needs a route's request
 * context): has this instance's own `/api/internal/revalidate` expire them. This
 * instance only, no broadcast: each instance's proxy watches the clock for its own cache.
 */
export async function expireThisInstance(origin: string, message: RevalidationMessage): Promise<void> {
  const token = revalidateToken();
  if (!token) throw new Error("AUTH_SECRET is not set");
  const response = await fetch(`${origin}/api/internal/revalidate`, {
    method: "POST",
    headers: { [REVALIDATE_TOKEN_HEADER]: token, "Content-Type": "application/json" },
    body: JSON.stringify(message),
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`/api/internal/revalidate answered ${response.status}`);
}
