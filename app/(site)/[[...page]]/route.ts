import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { readPathPage } from "@/lib/seo/path-page";
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
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ page });
  if (page > 1 && articles.length === 0) return notFoundResponse();
  return htmlResponse(HomePage({ page, articles, hasNext }));
}

// `/` is page 1, `/page/2` the next; any other path under the catch-all is a 404.
function readPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page") return readPathPage(segments[1]);
  return null;
}
