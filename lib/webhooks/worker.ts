import "server-only";
import { Logger, run, type Runner, type TaskList } from "graphile-worker";
import { webhookQueuePool } from "@/lib/db/connections";
import { settings } from "@/lib/settings";
import { attemptDelivery, DeliveryFailed } from "@/lib/webhooks/deliver";
import { reportArticleDue } from "@/lib/webhooks/article-due";
import { ARTICLE_DUE_TASK, DELIVER_TASK } from "@/lib/webhooks/queue";

// The webhook worker: graphile-worker, in the app's own process, taking jobs from the
// queue in PostgreSQL that every instance shares. A job is locked by the one worker that
// takes it (SELECT … FOR UPDATE SKIP LOCKED), so two instances never send the same
// attempt; it hears new jobs by LISTEN (sent when the change commits), so a delivery
// starts at once, with no polling loop of ours.

export const webhookTasks: TaskList = {
  [DELIVER_TASK]: async (payload, helpers) => {
    const { deliveryId } = payload as { deliveryId: string };
    await attemptDelivery(deliveryId, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
  },
  [ARTICLE_DUE_TASK]: async (payload) => {
    const { articleId, publishedAt } = payload as { articleId: string; publishedAt: string };
    await reportArticleDue(articleId, publishedAt);
  },
};

// graphile-worker logs every job; a failed delivery is already in the delivery log, so
// only the queue's own trouble is printed.
const quietLogger = new Logger(() => (level, message, meta) => {
  if (level !== "error" && level !== "warning") return;
  if (meta && typeof meta === "object" && "failure" in meta) return;
  if (/Failed task .* with error/.test(message) && /Webhook delivery .* failed/.test(message)) return;
  console[level === "error" ? "error" : "warn"](`webhooks: ${message}`);
});

// A pool like the one lib/db/connections.ts opens (tests open their own: two "instances").
export type WorkerOptions = { pgPool: ReturnType<typeof webhookQueuePool>; concurrency: number };

/** Starts a worker on a pool (the app's, below; tests start their own). */
export function startWorker(options: WorkerOptions): Promise<Runner> {
  return run({
    pgPool: options.pgPool,
    concurrency: options.concurrency,
    taskList: webhookTasks,
    noHandleSignals: true,
    // Only for jobs due later (a scheduled article, a retry): new ones arrive by LISTEN.
    pollInterval: 1_000,
    logger: quietLogger,
    preset: {
      worker: {
        // Take the next jobs in one query while these run, and mark finished ones in
        // batches: fewer round trips per delivery at 100 a second. A job in this local
        // queue is locked by this instance only (never sent by two).
        localQueue: { size: options.concurrency + 1 },
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
      },
    },
  });
}

const holder = globalThis as unknown as { datelineWebhookWorker?: Promise<Runner | null> };

/** This instance's worker, started once (instrumentation.ts). */
export function startWebhookWorker(): Promise<Runner | null> {
  holder.datelineWebhookWorker ??= (async () => {
    const { WEBHOOKS_WORKER, WEBHOOKS_CONCURRENCY, DATABASE_URL } = settings();
    if (!WEBHOOKS_WORKER || !DATABASE_URL) return null;
    try {
      const runner = await startWorker({ pgPool: webhookQueuePool(), concurrency: WEBHOOKS_CONCURRENCY });
      // On SIGTERM the server front (scripts/serve.js) runs this before exiting: deliveries
      // in flight finish and jobs held in the local queue go back, instead of staying
      // locked (graphile-worker frees a dead worker's jobs only after 4 hours).
      const stopHooks = ((globalThis as unknown as { datelineStopHooks?: (() => Promise<void>)[] }).datelineStopHooks ??= []);
      stopHooks.push(() => runner.stop());
      return runner;
    } catch (error) {
      console.error("The webhook worker did not start:", error instanceof Error ? error.message : error);
      return null;
    }
  })();
  return holder.datelineWebhookWorker;
}

export { DeliveryFailed };
