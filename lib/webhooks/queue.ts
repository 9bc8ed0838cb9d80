// The queue's task names and limits, shared by the code that enqueues (inside the
// change's transaction) and the worker that runs them (lib/webhooks/worker.ts).

export const DELIVER_TASK = "webhook_deliver";
export const ARTICLE_DUE_TASK = "webhook_article_due";

// graphile-worker waits exp(min(attempts, 10)) seconds after a failure: 3 s, 7 s, 20 s,
// 55 s, 2.5 min, 7 min, 18 min, 50 min, 2.25 h, 6.1 h, then 6.1 h each. Thirteen attempts
// end about 22 hours after the first: retries for about a day.
export const DELIVERY_MAX_ATTEMPTS = 13;

/** When graphile-worker will try again after `attempts` failed attempts (its own formula). */
export function nextAttemptAfter(attempts: number, from: Date): Date {
  return new Date(from.getTime() + Math.exp(Math.min(attempts, 10)) * 1000);
}
