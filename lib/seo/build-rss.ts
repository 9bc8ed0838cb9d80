import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { escapeXml } from "@/lib/seo/xml";

export type RssChannel = { title: string; description: string; path: string; feedPath: string };

/** One feed item; `path` is the item's own address on the site (its link and guid). */
export type RssItem = { path: string; title: string; publishedAt: Date; description?: string; creator?: string; categories?: string[] };

/** RSS 2.0 of the site's articles, newest first. */
export function buildRss(channel: RssChannel, articles: ArticleCard[], now = new Date()): string {
  return renderRss(
    channel,
    articles.map((a) => ({
      path: `/articles/${a.slug}`,
      title: a.headline,
      publishedAt: a.publishedAt,
      description: a.summary,
      creator: a.bylines.map((b) => b.name).join(", "),
      categories: a.tags.map((t) => t.name),
    })),
    now,
  );
}

/** The one RSS 2.0 envelope (every feed: site, tag, author, section, live): an atom:link to itself, items newest first. */
export function renderRss(channel: RssChannel, items: RssItem[], now = new Date()): string {
  const latest = items[0]?.publishedAt ?? now;
  const body = items
    .map((item) => {
      const url = absoluteUrl(item.path);
      return [
        "    <item>",
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(url)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
        item.description ? `      <description>${escapeXml(item.description)}</description>` : "",
        item.creator ? `      <dc:creator>${escapeXml(item.creator)}</dc:creator>` : "",
        ...(item.categories ?? []).map((name) => `      <category>${escapeXml(name)}</category>`),
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
${body}
  </channel>
</rss>
`;
}
