import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { readCachedPublicData } from "@/lib/cache/publication-clock";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { escapeXml, xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";

export const dynamic = "force-dynamic";

// Google News sitemaps list articles published in the last two days, at most 1,000.
const WINDOW_MS = 48 * 60 * 60 * 1000;

export async function GET(): Promise<Response> {
  // The window moves with the clock: the key changes every ten minutes.
  const slot = String(Math.floor(Date.now() / 600_000));
  const xml = await readCachedPublicData("news-sitemap", [slot], async () => {
    const { articles } = await listPublishedArticles({ since: new Date(Date.now() - WINDOW_MS), perPage: 1000 });
    const urls = articles
      .map(
        (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(`/articles/${a.slug}`))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(siteName())}</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>${a.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(a.headline)}</news:title>${a.tags.length > 0 ? `\n      <news:keywords>${escapeXml(a.tags.map((t) => t.name).join(", "))}</news:keywords>` : ""}
    </news:news>
  </url>`,
      )
      .join("\n");
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`;
  });
  return xmlResponse(xml);
}
