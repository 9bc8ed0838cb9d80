import "server-only";

// The news sitemap lists the last 48 hours, so it changes with the clock alone: an
// article leaves it 48 hours after publication, and no save expires the cached copy.
// A copy serves one ten-minute slot: its render ends its life at the slot's end
// (capPageLifetime's `until`), and the page cache handler serves no copy past its end,
// so no copy lists an article more than a slot after it left the window.
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
const SLOT_MS = 10 * 60 * 1000;

/** The end of the ten-minute slot `now` falls in: a news sitemap rendered now lives no longer. */
export function newsSitemapSlotEnd(now = new Date()): Date {
  return new Date((Math.floor(now.getTime() / SLOT_MS) + 1) * SLOT_MS);
}
