import "server-only";
import { db } from "@/lib/db";

export type ChallengePurpose = "register" | "sign-in";

// A challenge lives five minutes (the browser's own timeout is shorter) and is used once.
export const CHALLENGE_LIFETIME_SECONDS = 5 * 60;

// Stored server-side so a response is accepted only for a challenge this server issued,
// and only once (consumeChallenge deletes it). Expired rows are cleared on the way.
export async function storeChallenge(challenge: string, purpose: ChallengePurpose, userId: string | null, now: Date): Promise<void> {
  await db.$transaction([
    db.webauthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.webauthnChallenge.create({ data: { challenge, purpose, userId, expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_SECONDS * 1000) } }),
  ]);
}

// True once for a live challenge of this purpose (and person, for registration); the row is
// deleted in the same statement, so two responses racing with one challenge cannot both pass.
export async function consumeChallenge(challenge: string, purpose: ChallengePurpose, userId: string | null, now: Date): Promise<boolean> {
  if (challenge.length > 200) return false;
  const { count } = await db.webauthnChallenge.deleteMany({
    where: { challenge, purpose, expiresAt: { gt: now }, ...(userId ? { userId } : {}) },
  });
  return count === 1;
}
