import { capPageLifetime } from "@/lib/cache/publication-clock";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";
import { escapeXml, xmlResponse } from "@/lib/seo/xml";
import { notFoundResponse } from "@/lib/html/not-found-response";

// Cached (ISR) like the site feed; the catch-all is there for the same reason
// (app/feed.xml/[[...rest]]/route.ts).
export const revalidate = 600;
export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ rest?: string[] }> }): Promise<Response> {
  if ((await params).rest?.length) return notFoundResponse();
  await capPageLifetime();
  const entries = await listSitemapEntries();
  const urls = entries
    .map((e) => `  <url>\n    <loc>${escapeXml(absoluteUrl(e.path))}</loc>\n    <lastmod>${e.lastModified.toISOString()}</lastmod>\n  </url>`)
    .join("\n");
  return xmlResponse(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
}
