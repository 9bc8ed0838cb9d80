import "server-only";
import { randomBytes } from "node:crypto";

// The site's not-found page as HTML the proxy can answer with, so an unknown article
// slug costs no render and no page-cache entry. The page itself is
// app/(site)/page-not-found (the same layout and message as the site's not-found
// boundary, fully server-rendered); the proxy fetches it from its own server once and
// again every few minutes (the footer's year, a changed SITE_NAME), serving the old
// copy meanwhile. Without a copy the caller lets the request through (fail open).
export const NOT_FOUND_PAGE_PATH = "/page-not-found";
export const NOT_FOUND_COPY_HEADER = "x-dateline-not-found-copy";

const REFRESH_MS = 10 * 60_000;
const RETRY_MS = 5_000;
const FETCH_TIMEOUT_MS = 5_000;

type Copy = { html: string; fetchedAt: number };
type State = { copy: Copy | null; fetching: Promise<void> | null; failedAt: number; key: string };
const holder = globalThis as unknown as { datelineNotFoundCopy?: State };
// The key marks the proxy's own fetch: every other request for the page gets the copy.
const state = (holder.datelineNotFoundCopy ??= { copy: null, fetching: null, failedAt: 0, key: randomBytes(16).toString("hex") });

async function fetchCopy(origin: string): Promise<void> {
  const response = await fetch(`${origin}${NOT_FOUND_PAGE_PATH}`, {
    headers: { [NOT_FOUND_COPY_HEADER]: state.key },
    cache: "no-store",
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  const html = await response.text();
  if (!response.ok || !html.includes("</html>")) throw new Error(`${NOT_FOUND_PAGE_PATH} answered ${response.status}`);
  state.copy = { html, fetchedAt: Date.now() };
}

/** Is this the proxy's own request for the page (to be rendered, not answered from the copy)? */
export function isNotFoundCopyFetch(headers: Headers): boolean {
  return headers.get(NOT_FOUND_COPY_HEADER) === state.key;
}

/** The not-found page's HTML, or null when there is none yet and it cannot be fetched now. */
export async function readNotFoundCopy(origin: string): Promise<string | null> {
  const now = Date.now();
  const stale = !state.copy || now - state.copy.fetchedAt > REFRESH_MS;
  if (stale && !state.fetching && now - state.failedAt > RETRY_MS) {
    state.fetching = fetchCopy(origin)
      .catch((error: unknown) => {
        state.failedAt = Date.now();
        console.error("Could not fetch the not-found page for unknown slugs:", error);
      })
      .finally(() => {
        state.fetching = null;
      });
  }
  // Only the first fetch is waited for; later ones refresh behind the old copy.
  if (!state.copy && state.fetching) await state.fetching;
  return state.copy?.html ?? null;
}
