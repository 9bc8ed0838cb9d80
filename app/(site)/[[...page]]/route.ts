import { hasOlderPage, listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { getLiveLayout } from "@/lib/fronts/get-live-layout";
import { resolveFront } from "@/lib/fronts/resolve-front";
import { defaultBlocks, HOME_FRONT } from "@/lib/fronts/schema";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { readPathPage } from "@/lib/seo/path-page";
import { siteName } from "@/lib/site";
import { FrontPage } from "@/components/site/front-page";
import { HomePage } from "@/components/site/home-page";

// The front page (`/`) and its older pages (`/page/2`), cached (ISR) like every reader
// page and rendered on first request, never at build time (a build has no database).
// Any other path that no route claims lands here too, and gets the reader 404.
export const revalidate = 600;
export function generateStaticParams(): { page: string[] }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ page?: string[] }> }): Promise<Response> {
  const page = readPage((await params).page);
  if (!page) return notFoundResponse();
  if (page === 1) return renderHomeFront();
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ page });
  if (articles.length === 0) return notFoundResponse();
  return htmlResponse(HomePage({ page, articles, hasNext }));
}

/**
 * `/`: the curated front (issue 13). Its copy ends at the next scheduled article *or* the
 * next scheduled layout, whichever comes first (no job switches layouts: the first
 * request after the time renders the new one). A front no editor arranged yet shows the
 * default layout: the newest story leads, the rest follow.
 */
async function renderHomeFront(): Promise<Response> {
  const now = new Date();
  // Every read that does not need another's answer starts at once: the layout beside the
  // section tree (inside resolveFront) and the "older" link; the page's lifetime as soon
  // as the layout says when the next one takes over; the stories once the layout is in.
  const layout = getLiveLayout(HOME_FRONT, now);
  const [blocks, more] = await Promise.all([
    resolveFront(layout.then((l) => l.blocks ?? defaultBlocks()), { now }),
    hasOlderPage(),
    layout.then((l) => capPageLifetime(now, l.nextLayoutAt ?? undefined)),
  ]);
  const meta = buildListMetadata({ description: `The latest news from ${siteName()}.`, path: "/", feedPath: "/feed.xml" });
  return htmlResponse(FrontPage({ meta, heading: "Latest news", headingVisible: false, blocks, moreHref: more ? "/page/2" : null }));
}

// `/` is page 1, `/page/2` the next; any other path under the catch-all is a 404.
function readPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page") return readPathPage(segments[1]);
  return null;
}
