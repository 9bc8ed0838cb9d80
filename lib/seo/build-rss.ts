import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { escapeXml } from "@/lib/seo/xml";

export type RssChannel = { title: string; description: string; path: string; feedPath: string };

/** RSS 2.0 with an atom:link to itself; items newest first. */
export function buildRss(channel: RssChannel, articles: ArticleCard[], now = new Date()): string {
  const latest = articles[0]?.publishedAt ?? now;
  const items = articles
    .map((a) => {
      const url = absoluteUrl(`/articles/${a.slug}`);
      const authors = a.bylines.map((b) => b.name).join(", ");
      return [
        "    <item>",
        `      <title>${escapeXml(a.headline)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <pubDate>${a.publishedAt.toUTCString()}</pubDate>`,
        a.summary ? `      <description>${escapeXml(a.summary)}</description>` : "",
        authors ? `      <dc:creator>${escapeXml(authors)}</dc:creator>` : "",
        ...a.tags.map((t) => `      <category>${escapeXml(t.name)}</category>`),
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
    <link>${escapeXml(absoluteUrl(channel.path))}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>en</language>
    <lastBuildDate>${latest.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(absoluteUrl(channel.feedPath))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}
