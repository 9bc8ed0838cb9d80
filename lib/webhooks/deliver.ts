import "server-only";
import { db } from "@/lib/db";
import { settings } from "@/lib/settings";
import { signWebhook } from "@/lib/webhooks/secrets";
import { sendWebhookRequest } from "@/lib/webhooks/send-request";
import { nextAttemptAfter } from "@/lib/webhooks/queue";

export const DELIVERY_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4_096;
const MAX_LOGGED_ERROR = 500;
// Longer than one attempt can take (the deadline, plus the database writes around it).
const CLAIM_MS = DELIVERY_TIMEOUT_MS + 20_000;

export class DeliveryFailed extends Error {}

type ClaimedDelivery = { id: string; payload: unknown; url: string; enabled: boolean; secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };

export type AttemptInfo = { attempt: number; maxAttempts: number };

// One attempt at one delivery, run by the queue (lib/webhooks/worker.ts). A 2xx answer
// is success; anything else (another status, a refused address, a timeout, a receiver
// that died mid-request) is recorded and thrown, and the queue tries again later with
// the same webhook-id, until it gives up after about a day.
export async function attemptDelivery(deliveryId: string, info: AttemptInfo, now = new Date()): Promise<void> {
  // Claim the delivery for this attempt, reading what to send in the same statement.
  // Not claimable: already delivered (a second job for it), gone with its endpoint, or
  // another attempt is in flight right now.
  const [delivery] = await db.$queryRaw<ClaimedDelivery[]>`
    UPDATE webhook_deliveries d SET claimed_until = ${new Date(now.getTime() + CLAIM_MS)}
    FROM webhook_endpoints e
    WHERE d.id = ${deliveryId}::uuid AND e.id = d.endpoint_id AND d.status <> 'SUCCEEDED'
      AND (d.claimed_until IS NULL OR d.claimed_until < ${now})
    RETURNING d.id, d.payload, e.url, e.enabled, e.secret, e.previous_secret AS "previousSecret", e.previous_secret_expires_at AS "previousSecretExpiresAt"`;
  if (!delivery) {
    const existing = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { status: true } });
    if (!existing || existing.status === "SUCCEEDED") return;
    throw new DeliveryFailed(`Webhook delivery ${deliveryId} is being attempted elsewhere; trying again later.`);
  }
  const endpoint = delivery;
  if (!endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "FAILED", lastError: "The endpoint is disabled.", nextAttemptAt: null, claimedUntil: null } });
    return;
  }
  const body = JSON.stringify(delivery.payload);
  const previous = endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? endpoint.previousSecret : null;
  const headers = {
    ...signWebhook(`msg_${delivery.id}`, now, body, { current: endpoint.secret, previous }),
    "user-agent": "Dateline-Webhooks/1",
  };
  const result = await sendWebhookRequest({
    url: endpoint.url,
    headers,
    body,
    allowPrivate: settings().WEBHOOKS_ALLOW_PRIVATE,
    timeoutMs: DELIVERY_TIMEOUT_MS,
    maxResponseBytes: MAX_RESPONSE_BYTES,
  });
  const finished = new Date();
  const ok = "status" in result && result.status >= 200 && result.status < 300;
  const error = ok ? null : "error" in result ? result.error : describeStatus(result.status);
  const givenUp = !ok && info.attempt >= info.maxAttempts;
  await db.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: finished,
      responseStatus: "status" in result ? result.status : null,
      lastError: error?.slice(0, MAX_LOGGED_ERROR) ?? null,
      status: ok ? "SUCCEEDED" : givenUp ? "FAILED" : "PENDING",
      deliveredAt: ok ? finished : null,
      nextAttemptAt: ok || givenUp ? null : nextAttemptAfter(info.attempt, finished),
      claimedUntil: null,
    },
  });
  if (!ok) throw new DeliveryFailed(`Webhook delivery ${deliveryId} failed: ${error}`);
}

function describeStatus(status: number): string {
  if (status >= 300 && status < 400) return `The receiver answered ${status} (a redirect); redirects are not followed. Register the final address.`;
  return `The receiver answered ${status}.`;
}
