import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { NEWS_WINDOW_MS, newsSitemapSlotEnd } from "@/lib/cache/news-sitemap-slot";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { escapeXml, xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";
import { notFoundResponse } from "@/lib/html/not-found-response";

// Cached (ISR) like the site feed; the catch-all is there for the same reason
// (app/feed.xml/[[...rest]]/route.ts). Its window moves with the clock, so a copy
// lives at most until the end of its ten-minute slot (lib/cache/news-sitemap-slot.ts).
export const revalidate = 600;
export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

// Google News sitemaps list articles published in the last two days, at most 1,000.
const MAX_ARTICLES = 1000;

export async function GET(_request: Request, { params }: { params: Promise<{ rest?: string[] }> }): Promise<Response> {
  if ((await params).rest?.length) return notFoundResponse();
  const now = new Date();
  await capPageLifetime(now, newsSitemapSlotEnd(now));
  const { articles } = await listPublishedArticles({ since: new Date(now.getTime() - NEWS_WINDOW_MS), perPage: MAX_ARTICLES });
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
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}\n</urlset>\n`);
}
