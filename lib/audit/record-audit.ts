import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: "article" | "user" | "tag" | "media" | "session" | "revision" | "correction" | "preview" | "section" | "front" | "webhook" | "api_key" | "site";
  /** When it happened, if not now (a scheduled article's go-live, recorded later). */
  at?: Date;
  targetId?: string | null;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

// Pass the transaction that makes the change, so the change and its audit row
// commit together or not at all.
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? {},
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}
