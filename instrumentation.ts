// Runs once when a server process starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A bad setting stops the server here, naming the variable, not on some later request.
  const { settings } = await import("@/lib/settings");
  settings();
  // Other app instances announce the pages a change expires; this one follows suit.
  const { startRevalidationListener } = await import("@/lib/cache/revalidation-listener");
  startRevalidationListener();
}
