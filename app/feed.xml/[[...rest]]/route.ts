import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { buildRss } from "@/lib/seo/build-rss";
import { xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";
import { notFoundResponse } from "@/lib/html/not-found-response";

// Cached (ISR) like the reader pages: saves expire it at once (revalidatePath), and
// capPageLifetime() keeps a copy from outliving the next scheduled publication. An
// optional catch-all rather than a plain route.ts only so that it renders on its first
// request, never at build time (a build has no database): `/feed.xml` itself is the
// empty catch-all, anything below it the reader 404 it always was.
// See docs/architecture.md, "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { rest: string[] }[] {
  return [];
}

const FEED_SIZE = 50;

export async function GET(_request: Request, { params }: { params: Promise<{ rest?: string[] }> }): Promise<Response> {
  if ((await params).rest?.length) return notFoundResponse();
  await capPageLifetime();
  const { articles } = await listPublishedArticles({ perPage: FEED_SIZE });
  return xmlResponse(buildRss({ title: siteName(), description: `The latest from ${siteName()}.`, path: "/", feedPath: "/feed.xml" }, articles), "application/rss+xml");
}
