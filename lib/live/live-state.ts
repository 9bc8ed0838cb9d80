// Pure facts about a live coverage window, shared by the reader pages, the fronts
// (the LIVE label), the poll endpoint and the newsroom. No database here.

export type CoverageWindow = { startsAt: Date; endsAt: Date | null };

export type LiveState = "upcoming" | "live" | "ended";

/** Where a coverage window stands at `now`. */
export function liveState(coverage: CoverageWindow, now = new Date()): LiveState {
  if (coverage.endsAt && coverage.endsAt.getTime() <= now.getTime()) return "ended";
  return coverage.startsAt.getTime() > now.getTime() ? "upcoming" : "live";
}

/** The one "is live now" fact: coverage has started and not ended. Fronts show LIVE for it. */
export function isLiveNow(coverage: CoverageWindow | null | undefined, now = new Date()): boolean {
  return !!coverage && liveState(coverage, now) === "live";
}

/** How often the reader script asks for news, and the longest it waits between asks when nothing changes. */
export const POLL_INTERVAL_SECONDS = 10;

/** Entries on one page of the live page (newest or oldest first). */
export const LIVE_PAGE_SIZE = 20;

/** Newest entries carried by the poll document (and the JSON-LD liveBlogUpdate list). */
export const LIVE_POLL_ENTRIES = 20;
