import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditRow = {
  id: string;
  action: string;
  actor: string | null;
  targetType: string;
  targetId: string | null;
  ip: string | null;
  details: unknown;
  createdAt: Date;
};

export type AuditFilters = { action?: string; actorId?: string; targetId?: string; page?: number };

export async function listAuditEvents(filters: AuditFilters = {}): Promise<{ events: AuditRow[]; hasNext: boolean }> {
  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const take = 100;
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: filters.action.endsWith(".") ? { startsWith: filters.action } : filters.action } : {}),
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.targetId ? { targetId: filters.targetId } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * take,
    take: take + 1,
    select: { id: true, action: true, targetType: true, targetId: true, ip: true, details: true, createdAt: true, actor: { select: { name: true } } },
  });
  return { events: rows.slice(0, take).map((r) => ({ ...r, actor: r.actor?.name ?? null })), hasNext: rows.length > take };
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}

export function listAuditActors(): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
