import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { readCachedPublicData } from "@/lib/cache/publication-clock";
import { buildRss } from "@/lib/seo/build-rss";
import { xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";

// Rendered per request from a cached fragment (see docs/architecture.md, "Caching").
export const dynamic = "force-dynamic";

const FEED_SIZE = 50;

export async function GET(): Promise<Response> {
  const xml = await readCachedPublicData("feed", [], async () => {
    const { articles } = await listPublishedArticles({ perPage: FEED_SIZE });
    return buildRss({ title: siteName(), description: `The latest from ${siteName()}.`, path: "/", feedPath: "/feed.xml" }, articles);
  });
  return xmlResponse(xml, "application/rss+xml");
}
