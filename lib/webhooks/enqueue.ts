import "server-only";
import type { Tx } from "@/lib/db";
import type { WebhookEventType } from "@/lib/webhooks/events";
import { ARTICLE_DUE_TASK, DELIVER_TASK, DELIVERY_MAX_ATTEMPTS } from "@/lib/webhooks/queue";

export type WebhookEvent = {
  type: WebhookEventType;
  data: Record<string, unknown>;
  /** For events a job may report twice: at most one delivery per endpoint with this key. */
  key?: string;
  now?: Date;
};

// Records one delivery per enabled endpoint subscribed to the event, and its queue job,
// in the caller's transaction (one statement): if the change rolls back, so do they, and
// nothing is sent; once it commits, graphile-worker hears of the jobs (its NOTIFY is sent
// at commit) and a worker on any instance sends them. Nothing is lost in between.
export async function enqueueWebhookEvent(tx: Tx, event: WebhookEvent): Promise<number> {
  const timestamp = (event.now ?? new Date()).toISOString();
  const payload = JSON.stringify({ type: event.type, timestamp, data: event.data });
  return tx.$executeRaw`
    WITH deliveries AS (
      INSERT INTO webhook_deliveries (endpoint_id, event_type, event_key, payload)
      SELECT e.id, ${event.type}, ${event.key ?? null}, ${payload}::jsonb
      FROM webhook_endpoints e
      WHERE e.enabled AND ${event.type} = ANY (e.events)
      ON CONFLICT (endpoint_id, event_key) DO NOTHING
      RETURNING id
    )
    SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('deliveryId', d.id), max_attempts => ${DELIVERY_MAX_ATTEMPTS}::int, job_key => 'webhook-delivery:' || d.id)
    FROM deliveries d`;
}

// A scheduled article sends "article.published" when its time comes, not when it is
// scheduled: a job due at that time checks that the article is still public with that
// publication time, then enqueues the event. Rescheduling replaces the job (one per
// article, by key); unpublishing leaves it to find the article no longer due.
export async function scheduleArticleDue(tx: Tx, articleId: string, publishedAt: Date): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      ${ARTICLE_DUE_TASK},
      json_build_object('articleId', ${articleId}::text, 'publishedAt', ${publishedAt.toISOString()}::text),
      run_at => ${publishedAt}::timestamptz,
      max_attempts => 25,
      job_key => ${`article-due:${articleId}`},
      job_key_mode => 'replace')`;
}

// "Send again": the same delivery (same webhook-id) goes back on the queue now, with a
// fresh day of retries. Its job has one key per delivery, so a retry still waiting is
// replaced (moved to now), not doubled.
export async function enqueueDeliveryAgain(tx: Tx, deliveryId: string): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('deliveryId', ${deliveryId}::text), max_attempts => ${DELIVERY_MAX_ATTEMPTS}::int, job_key => ${`webhook-delivery:${deliveryId}`})`;
}
