import { readCachedPublicData } from "@/lib/cache/publication-clock";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";
import { escapeXml, xmlResponse } from "@/lib/seo/xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const xml = await readCachedPublicData("sitemap", [], async () => {
    const entries = await listSitemapEntries();
    const urls = entries
      .map((e) => `  <url>\n    <loc>${escapeXml(absoluteUrl(e.path))}</loc>\n    <lastmod>${e.lastModified.toISOString()}</lastmod>\n  </url>`)
      .join("\n");
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  });
  return xmlResponse(xml);
}
