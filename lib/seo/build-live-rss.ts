import { renderRss } from "@/lib/seo/build-rss";

export type LiveFeedItem = { id: string; title: string; html: string; postedAt: Date; author: string | null };

/** RSS 2.0 of a live article's entries, newest first; each item links to the entry. */
export function buildLiveRss(channel: { slug: string; title: string; description: string }, items: LiveFeedItem[], now = new Date()): string {
  return renderRss(
    { title: channel.title, description: channel.description, path: `/articles/${channel.slug}`, feedPath: `/articles/${channel.slug}/feed.xml` },
    items.map((item) => ({
      path: `/articles/${channel.slug}/entries/${item.id}`,
      title: item.title,
      publishedAt: item.postedAt,
      // The entry's HTML comes from the one renderer; escaped here like any description.
      description: item.html,
      creator: item.author ?? undefined,
    })),
    now,
  );
}
