import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { boundPage } from "@/lib/page-param";
import { enqueueDeliveryAgain } from "@/lib/webhooks/enqueue";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";

export const DELIVERIES_PAGE_SIZE = 50;

export type DeliveryLogRow = {
  id: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  summary: string;
};

// The endpoint's delivery log, newest first.
export async function listWebhookDeliveries(endpointId: string, options: { page?: number } = {}): Promise<{ rows: DeliveryLogRow[]; hasNext: boolean }> {
  const take = DELIVERIES_PAGE_SIZE;
  const page = boundPage(options.page, take);
  if (page === null) return { rows: [], hasNext: false };
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * take,
    take: take + 1,
    select: {
      id: true,
      eventType: true,
      status: true,
      attempts: true,
      responseStatus: true,
      lastError: true,
      createdAt: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
      deliveredAt: true,
      payload: true,
    },
  });
  return {
    rows: rows.slice(0, take).map(({ payload, ...row }) => ({ ...row, summary: summarise(payload) })),
    hasNext: rows.length > take,
  };
}

// One line saying what the delivery was about (a headline, a tag name).
function summarise(payload: unknown): string {
  const data = (payload as { data?: Record<string, unknown> } | null)?.data ?? {};
  if (typeof data.headline === "string") return data.headline;
  const tag = data.tag as { name?: unknown } | undefined;
  if (tag && typeof tag.name === "string") return tag.name;
  const section = data.section as { name?: unknown } | undefined;
  if (section && typeof section.name === "string") return section.name;
  return "";
}

// "Send again": the same delivery (same webhook-id, so a receiver that already has it
// can tell), queued now with a fresh set of retries.
export async function sendDeliveryAgain(actor: Actor, deliveryId: string, ip: string | null = null): Promise<{ endpointId: string }> {
  if (!can(actor, "webhook.manage")) throw new AppError("FORBIDDEN", "Only admins manage webhooks.");
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { endpointId: true, endpoint: { select: { enabled: true } } } });
    if (!delivery) throw new AppError("NOT_FOUND", "That delivery no longer exists.");
    if (!delivery.endpoint.enabled) throw new AppError("VALIDATION", "This endpoint is disabled. Enable it first, then send again.");
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "PENDING", nextAttemptAt: new Date() } });
    await enqueueDeliveryAgain(tx, deliveryId);
    await recordAudit(tx, { actorId: actor.id, action: "webhook.resend", targetType: "webhook", targetId: delivery.endpointId, ip, details: { deliveryId } });
    return { endpointId: delivery.endpointId };
  });
}
