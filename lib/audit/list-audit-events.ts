import "server-only";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { boundPage } from "@/lib/page-param";

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

export const AUDIT_PAGE_SIZE = 100;

export type AuditFilters = { action?: string; actorId?: string; targetId?: string; page?: number };

export async function listAuditEvents(filters: AuditFilters = {}): Promise<{ events: AuditRow[]; hasNext: boolean }> {
  const take = AUDIT_PAGE_SIZE;
  const page = boundPage(filters.page, take);
  if (page === null) return { events: [], hasNext: false };
  await recordDueGoLives();
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
