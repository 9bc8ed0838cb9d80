import { absoluteUrl } from "@/lib/seo/json-ld";
import { escapeXml } from "@/lib/seo/xml";

export type LiveFeedItem = { id: string; title: string; html: string; postedAt: Date; author: string | null };

/** RSS 2.0 of a live article's entries, newest first; each item links to the entry. */
export function buildLiveRss(channel: { slug: string; title: string; description: string }, items: LiveFeedItem[], now = new Date()): string {
  const latest = items[0]?.postedAt ?? now;
  const body = items
    .map((item) => {
      const url = absoluteUrl(`/articles/${channel.slug}/entries/${item.id}`);
      return [
        "    <item>",
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <pubDate>${item.postedAt.toUTCString()}</pubDate>`,
        `      <description>${escapeXml(item.html)}</description>`,
        item.author ? `      <dc:creator>${escapeXml(item.author)}</dc:creator>` : "",
        "    </item>",
      ]
        .filter(Boolean)
        .join("\n");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(absoluteUrl(`/articles/${channel.slug}`))}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(absoluteUrl(`/articles/${channel.slug}/feed.xml`))}" rel="self" type="application/rss+xml"/>
${body}
  </channel>
</rss>
`;
}
