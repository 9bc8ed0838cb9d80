import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { LIVE_POLL_ENTRIES, POLL_INTERVAL_SECONDS, liveState } from "@/lib/live/live-state";
import { listLiveEntries, readLiveVersion } from "@/lib/live/read-live";
import { tagLiveResponse } from "@/lib/live/live-pages";
import { siteTimeZone } from "@/lib/site";
import { LiveEntry } from "@/components/site/live-entry";
import { liveModifiedAt, renderLiveEntry } from "../load-live-page";

// What the live page's script polls. One address for every reader (no cursor in it): the
// answer carries the newest entries and the script works out what is new to it, so the
// edge cache (nginx, one second) and the page cache (until an entry changes) answer
// everyone with one render. See docs/live.md, "Polling at scale".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export type LivePollDocument = {
  state: "upcoming" | "live" | "ended" | "gone";
  /** Entries on the page in all (not deleted). */
  total: number;
  changedAt: string | null;
  endsAt: string | null;
  poll: number;
  /** The newest entries, newest first, as the page draws them. */
  entries: { id: string; postedAt: string; editedAt: string | null; html: string }[];
};

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return gone();
  const now = new Date();
  await capPageLifetime(now);
  const article = await getPublishedArticle(slug);
  const coverage = article?.liveCoverage ?? null;
  if (!article || !coverage) return gone();
  await tagLiveResponse(article.id);
  const [newest, version] = await Promise.all([listLiveEntries(article.id, { perPage: LIVE_POLL_ENTRIES }), readLiveVersion(article.id)]);
  const timeZone = siteTimeZone();
  const document: LivePollDocument = {
    state: liveState(coverage, now),
    total: version.count,
    changedAt: liveModifiedAt(article, version.lastChangedAt).toISOString(),
    endsAt: coverage.endsAt?.toISOString() ?? null,
    poll: POLL_INTERVAL_SECONDS,
    entries: newest.entries.map((entry) => ({
      id: entry.id,
      postedAt: entry.postedAt.toISOString(),
      editedAt: entry.editedAt?.toISOString() ?? null,
      html: LiveEntry({ entry: renderLiveEntry(entry), slug: article.slug, timeZone }).html,
    })),
  };
  return json(document, 200);
}

// No longer live (unpublished, trashed, coverage removed): the script stops.
function gone(): Response {
  return json({ state: "gone", total: 0, changedAt: null, endsAt: null, poll: 0, entries: [] } satisfies LivePollDocument, 404);
}

function json(body: LivePollDocument, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
