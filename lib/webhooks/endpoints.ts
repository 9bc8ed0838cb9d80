import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { settings } from "@/lib/settings";
import { ForbiddenAddressError, resolveAllowedAddresses } from "@/lib/webhooks/address-guard";
import { generateWebhookSecret } from "@/lib/webhooks/secrets";
import type { WebhookEndpointInput } from "@/lib/webhooks/schema";

const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const DENIED = "Only admins manage webhooks.";

function assertManager(actor: Actor): void {
  if (!can(actor, "webhook.manage")) throw new AppError("FORBIDDEN", DENIED);
}

// Refused at registration (and checked again at every delivery, where it counts: DNS
// can change): an address that is, or resolves to, a private, loopback, link-local or
// reserved address, unless WEBHOOKS_ALLOW_PRIVATE is set.
async function assertPublicReceiver(url: string): Promise<void> {
  try {
    await resolveAllowedAddresses(new URL(url).hostname, settings().WEBHOOKS_ALLOW_PRIVATE);
  } catch (error) {
    const message =
      error instanceof ForbiddenAddressError
        ? error.message
        : `${new URL(url).hostname} could not be resolved. Check the address (webhooks are sent only to hosts with a public DNS name or address).`;
    throw new AppError("VALIDATION", message, { url: [message] });
  }
}

export type CreatedEndpoint = { id: string; secret: string };

export async function createWebhookEndpoint(actor: Actor, input: WebhookEndpointInput, ip: string | null = null): Promise<CreatedEndpoint> {
  assertManager(actor);
  await assertPublicReceiver(input.url);
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { url: input.url, description: input.description, events: input.events, enabled: input.enabled, secret },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.create", targetType: "webhook", targetId: endpoint.id, ip, details: { url: input.url, events: input.events } });
    return { id: endpoint.id, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor, id: string, input: WebhookEndpointInput, ip: string | null = null): Promise<void> {
  assertManager(actor);
  await assertPublicReceiver(input.url);
  await db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true } });
    if (!found) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    await tx.webhookEndpoint.update({ where: { id }, data: { url: input.url, description: input.description, events: input.events, enabled: input.enabled } });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.update", targetType: "webhook", targetId: id, ip, details: { from: found.url, url: input.url, events: input.events, enabled: input.enabled } });
  });
}

// A new secret signs from now on; the old one also signs for a day (both signatures in
// webhook-signature), so a receiver can switch without losing a delivery.
export async function rotateWebhookSecret(actor: Actor, id: string, ip: string | null = null, now = new Date()): Promise<{ secret: string }> {
  assertManager(actor);
  const secret = generateWebhookSecret();
  await db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { secret: true } });
    if (!found) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    await tx.webhookEndpoint.update({
      where: { id },
      data: { secret, previousSecret: found.secret, previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS) },
    });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.rotate_secret", targetType: "webhook", targetId: id, ip });
  });
  return { secret };
}

export async function deleteWebhookEndpoint(actor: Actor, id: string, ip: string | null = null): Promise<void> {
  assertManager(actor);
  await db.$transaction(async (tx) => {
    const found = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true } });
    if (!found) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    // Its deliveries go with it; a queued job then finds nothing to send.
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.delete", targetType: "webhook", targetId: id, ip, details: { url: found.url } });
  });
}

export type WebhookEndpointSummary = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  createdAt: Date;
  lastDelivery: { status: string; createdAt: Date } | null;
};

// Never the secret: it is shown once, when made.
export async function listWebhookEndpoints(): Promise<WebhookEndpointSummary[]> {
  const rows = await db.webhookEndpoint.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      enabled: true,
      createdAt: true,
      deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, createdAt: true } },
    },
  });
  return rows.map(({ deliveries, ...row }) => ({ ...row, lastDelivery: deliveries[0] ?? null }));
}

export async function getWebhookEndpoint(id: string) {
  return db.webhookEndpoint.findUnique({
    where: { id },
    select: { id: true, url: true, description: true, events: true, enabled: true, createdAt: true, previousSecretExpiresAt: true },
  });
}
