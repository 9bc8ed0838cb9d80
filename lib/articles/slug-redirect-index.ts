import "server-only";
import pg from "pg";
import { settings } from "@/lib/settings";

// The proxy answers old slugs with a real 301 before any page renders. So that the
// other 99.99% of article requests cost no query, it keeps the set of redirected slugs
// in memory and refreshes it every few seconds; a slug renamed within that window is
// still redirected (301) by the article route itself.
const REFRESH_MS = 2_000;

type Index = { loadedAt: number; targets: Map<string, string> };
const state = globalThis as unknown as { datelineRedirects?: Index; datelineRedirectPool?: pg.Pool; datelineRedirectLoading?: Promise<Index> };

function pool(): pg.Pool | null {
  const connectionString = settings().DATABASE_URL;
  if (!connectionString) return null;
  state.datelineRedirectPool ??= new pg.Pool({ connectionString, max: 1 });
  return state.datelineRedirectPool;
}

async function load(): Promise<Index> {
  const client = pool();
  if (!client) return { loadedAt: Date.now(), targets: new Map() };
  // Only redirects to articles readers can see now (the same rule as publicArticleWhere).
  const { rows } = await client.query<{ slug: string; target: string }>(
    `SELECT r.slug, a.slug AS target FROM slug_redirects r JOIN articles a ON a.id = r.article_id
      WHERE a.status IN ('PUBLISHED', 'SCHEDULED') AND a.published_at <= now() AND a.deleted_at IS NULL`,
  );
  return { loadedAt: Date.now(), targets: new Map(rows.map((r) => [r.slug, r.target])) };
}

export async function lookupSlugRedirect(slug: string): Promise<string | null> {
  const current = state.datelineRedirects;
  if (!current || Date.now() - current.loadedAt > REFRESH_MS) {
    state.datelineRedirectLoading ??= load().finally(() => {
      state.datelineRedirectLoading = undefined;
    });
    try {
      state.datelineRedirects = await state.datelineRedirectLoading;
    } catch (error) {
      // A database hiccup must not take article pages down: fall through to the page.
      console.error("Could not load slug redirects", error);
      return null;
    }
  }
  return state.datelineRedirects?.targets.get(slug) ?? null;
}
