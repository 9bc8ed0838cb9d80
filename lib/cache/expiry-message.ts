import { z } from "zod";
import { EVERY_PAGE_TAG } from "@/lib/cache/freshness.js";

// No "server-only" here: Playwright specs import this to speak on the channel as an
// instance would.

// What an instance (or `npm run import`) tells every other instance after a change: the
// cache tags it expired (Next's implicit tags: `_N_T_/articles/<slug>` for one address,
// `_N_T_/<route folder>/layout` for a whole route, `_N_T_/layout` for every page).

/** The PostgreSQL channel every app instance listens on. */
export const EXPIRY_CHANNEL = "dateline_expire";

// pg_notify's payload must stay under 8,000 bytes; past this a change expires every page.
export const MAX_PAYLOAD_BYTES = 7_000;

// Next refuses longer tags (NEXT_CACHE_SOFT_TAG_MAX_LENGTH).
const MAX_TAG_LENGTH = 1_024;

const expirySchema = z.object({
  tags: z.array(z.string().min(1).max(MAX_TAG_LENGTH)).min(1).max(MAX_PAYLOAD_BYTES),
});

/** The payload for one NOTIFY: these tags, or every page when they would not fit. */
export function encodeExpiry(tags: readonly string[]): string {
  const payload = JSON.stringify({ tags });
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ tags: [EVERY_PAGE_TAG] });
}

/** The tags a payload names, or null for anything that is not an expiry message. */
export function decodeExpiry(payload: string): string[] | null {
  if (payload.length > MAX_PAYLOAD_BYTES * 2) return null;
  try {
    const parsed = expirySchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data.tags : null;
  } catch {
    return null;
  }
}
