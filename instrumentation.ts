// Runs once when a server process starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A bad setting stops the server here, naming the variable, not on some later request.
  const { settings } = await import("@/lib/settings");
  settings();
  // Every expiry, made here or heard from another instance, also clears reader searches
  // and forgets article slugs that may have stopped being public.
  const { registerExpiryEffects } = await import("@/lib/cache/expiry-effects");
  registerExpiryEffects();
  // This instance's freshness connection: hears what other instances expire, carries
  // what this one expires (lib/cache/page-cache-handler.js announces through it).
  const { startRevalidationListener } = await import("@/lib/cache/revalidation-listener");
  void startRevalidationListener();
  // This instance's webhook worker (graphile-worker), sharing the queue with every other
  // instance: each delivery is taken by one of them (docs/webhooks.md).
  const { startWebhookWorker } = await import("@/lib/webhooks/worker");
  void startWebhookWorker();
}
