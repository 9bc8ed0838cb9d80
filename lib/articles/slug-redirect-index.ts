import "server-only";
import { hasDatabase } from "@/lib/db/connections";
import { listSlugRedirects } from "@/lib/articles/find-redirect";

// The article route answers old slugs with a real 301 before it reads anything. So that
// a flood of old slugs costs no query each, it keeps every redirect (the one
// definition, listSlugRedirects in find-redirect.ts) in memory and reloads it when it is
// a few seconds old (requests meanwhile wait for that one query); a slug renamed within
// that window is still redirected (301) by the route's fallback, which runs the same
// query for its one slug.
const REFRESH_MS = 2_000;
// On the app pool: a busy pool must not hold article requests up for long.
const QUERY_TIMEOUT_MS = 2_000;

type Index = { loadedAt: number; targets: Map<string, string> };
const state = globalThis as unknown as { datelineRedirects?: Index; datelineRedirectLoading?: Promise<Index> };

async function load(): Promise<Index> {
  const targets = await listSlugRedirects(new Date(), undefined, { timeoutMs: QUERY_TIMEOUT_MS });
  return { loadedAt: Date.now(), targets };
}

function refresh(): Promise<Index> {
  state.datelineRedirectLoading ??= load()
    .then((index) => (state.datelineRedirects = index))
    .finally(() => {
      state.datelineRedirectLoading = undefined;
    });
  return state.datelineRedirectLoading;
}

export async function lookupSlugRedirect(slug: string): Promise<string | null> {
  if (!hasDatabase()) return null;
  const current = state.datelineRedirects;
  if (current && Date.now() - current.loadedAt <= REFRESH_MS) return current.targets.get(slug) ?? null;
  try {
    return (await refresh()).targets.get(slug) ?? null;
  } catch (error) {
    // A database hiccup must not take article pages down: fall through to the page.
    console.error("Could not load slug redirects", error);
    return null;
  }
}
