import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PasskeySummary } from "@/lib/auth/passkeys/schema";

const NOT_FOUND = "That passkey does not exist or is not yours.";

export async function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  return db.passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
  });
}

// Only the owner's own passkeys: the row is matched on both ids inside the transaction.
export async function renamePasskey(userId: string, id: string, name: string, ip: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.passkey.updateMany({ where: { id, userId }, data: { name } });
    if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
    await recordAudit(tx, { actorId: userId, action: "passkey.rename", targetType: "user", targetId: userId, ip, details: { passkeyId: id, name } });
  });
}

export async function removePasskey(userId: string, id: string, ip: string | null): Promise<string> {
  return db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({ where: { id, userId }, select: { name: true } });
    if (!passkey) throw new AppError("NOT_FOUND", NOT_FOUND);
    await tx.passkey.delete({ where: { id } });
    await recordAudit(tx, { actorId: userId, action: "passkey.remove", targetType: "user", targetId: userId, ip, details: { passkeyId: id, name: passkey.name } });
    return passkey.name;
  });
}
