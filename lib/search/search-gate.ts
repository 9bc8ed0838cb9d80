import "server-only";
import { AppError } from "@/lib/errors";

// Reader search is the one public page that reads the database for a new question (the
// same question is answered from lib/search/search-results-cache.ts). A spike of new
// searches must not take the connections editors' saves use, nor pile up without end: an
// instance runs at most MAX_RUNNING at once (their matching queries share the four
// connections of the search pool, lib/db/connections.ts), queues MAX_WAITING more, and turns the rest
// away with a message and Retry-After.
const MAX_RUNNING = 16;
const MAX_WAITING = 64;

type Gate = { running: number; waiting: (() => void)[] };
const state = globalThis as unknown as { datelineSearchGate?: Gate };

export const SEARCH_BUSY_MESSAGE = "Search is busy right now. Please try again in a few seconds.";

/** Runs one search when a slot is free; throws AppError("UNAVAILABLE") when too many wait. */
export async function runGatedSearch<T>(search: () => Promise<T>): Promise<T> {
  const gate = (state.datelineSearchGate ??= { running: 0, waiting: [] });
  if (gate.running >= MAX_RUNNING) {
    if (gate.waiting.length >= MAX_WAITING) throw new AppError("UNAVAILABLE", SEARCH_BUSY_MESSAGE);
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else {
    gate.running += 1;
  }
  try {
    return await search();
  } finally {
    // The slot passes straight to the next waiter, so `running` never overshoots.
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running -= 1;
  }
}
