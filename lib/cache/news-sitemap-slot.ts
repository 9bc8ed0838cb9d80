import "server-only";
import { expireThisInstance } from "@/lib/cache/expire-this-instance";

// The news sitemap lists the last 48 hours, so it changes with the clock alone: an
// article leaves it 48 hours after publication, and no save expires the cached copy.
// A copy serves one ten-minute slot: its render caps its lifetime at the slot's end
// (capPageLifetime's `until`), and because ISR would still hand out the old copy once
// after that, the proxy expires it on the first request of each new slot (one internal
// request per slot and instance). So no copy lists an article more than a slot after it
// left the window, and a copy nobody asked for in hours is never served.
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
const SLOT_MS = 10 * 60 * 1000;

type State = { datelineNewsSlot?: number; datelineNewsSlotExpiring?: Promise<void> };
const state = globalThis as unknown as State;

/** The end of the ten-minute slot `now` falls in: a news sitemap rendered now lives no longer. */
export function newsSitemapSlotEnd(now = new Date()): Date {
  return new Date((Math.floor(now.getTime() / SLOT_MS) + 1) * SLOT_MS);
}

/** Called by the proxy for the news sitemap. Never throws: at worst the old copy is served once. */
export async function expireNewsSitemapIfSlotEnded(origin: string): Promise<void> {
  const slot = Math.floor(Date.now() / SLOT_MS);
  if (state.datelineNewsSlot === slot) return;
  try {
    state.datelineNewsSlotExpiring ??= expireThisInstance(origin, { all: false, paths: [NEWS_SITEMAP_PATH], routes: [] })
      .then(() => {
        state.datelineNewsSlot = slot;
      })
      .finally(() => {
        state.datelineNewsSlotExpiring = undefined;
      });
    await state.datelineNewsSlotExpiring;
  } catch (error) {
    console.error("Could not expire the news sitemap at its slot's end; it refreshes on its own lifetime:", error);
  }
}
