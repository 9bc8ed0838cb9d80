import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { siteUrl } from "@/lib/site";

export const PASSWORD_LINK_HOURS = 72;
export type PasswordLink = { url: string; expiresAt: Date };

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// A new link replaces any earlier unused one for the same person: only the latest works.
export async function issuePasswordToken(
  tx: Tx,
  userId: string,
  purpose: "SET" | "RESET",
  issuerId: string | null,
  now = new Date(),
  hours = PASSWORD_LINK_HOURS,
): Promise<PasswordLink> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.passwordToken.create({ data: { userId, tokenHash: hashToken(token), purpose, expiresAt, createdById: issuerId } });
  return { url: `${siteUrl()}/set-password/${token}`, expiresAt };
}
