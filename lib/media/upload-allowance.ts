import "server-only";
import { consumeLimits, type LimitState } from "@/lib/auth/rate-limit";

// Uploads cost real work (every file is decoded and re-encoded into up to a dozen
// variants) and storage, so each person may start at most 60 in ten minutes, counted in
// PostgreSQL (lib/auth/rate-limit.ts) so the limit holds across app instances. Every
// attempt counts, refused files included: it is the work that is limited. A newsroom
// illustrating a gallery uploads a few dozen images at once; 60 leaves room for that.
export const UPLOAD_LIMIT = { max: 60, windowSeconds: 600 } as const;

export function consumeUploadAllowance(userId: string): Promise<LimitState> {
  return consumeLimits([{ key: `upload:user:${userId}`, ...UPLOAD_LIMIT }]);
}

export function uploadLimitMessage(retryAfterSeconds: number): string {
  const wait = retryAfterSeconds <= 60 ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return `You have uploaded ${UPLOAD_LIMIT.max} images in the last ${UPLOAD_LIMIT.windowSeconds / 60} minutes, the most allowed. Wait ${wait}, then upload again.`;
}
