// Runs once when a server process starts (Next's instrumentation hook).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Other app instances announce the pages a change expires; this one follows suit.
  const { startRevalidationListener } = await import("@/lib/cache/revalidation-listener");
  startRevalidationListener();
}
