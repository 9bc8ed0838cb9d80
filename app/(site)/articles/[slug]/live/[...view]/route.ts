import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { notFoundResponse } from "@/lib/html/not-found-response";
import type { LiveOrder } from "@/lib/live/read-live";
import { maxPageFor } from "@/lib/page-param";
import { LIVE_PAGE_SIZE } from "@/lib/live/live-state";
import { liveArticleResponse } from "../../load-live-page";

// The rest of a live article's stream: /live/oldest, /live/page/<n>, /live/oldest/page/<n>
// (page 1 newest first is the article's own address). Cached like every reader page; any
// entry change expires them through the article's live tag.
export const revalidate = 600;
export function generateStaticParams(): { slug: string; view: string[] }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; view: string[] }> }): Promise<Response> {
  const { slug, view } = await params;
  const parsed = parseView(view);
  if (!isValidSlug(slug) || !parsed) return notFoundResponse();
  await capPageLifetime();
  const article = await getPublishedArticle(slug);
  const coverage = article?.liveCoverage ?? null;
  if (!article || !coverage) return notFoundResponse();
  return liveArticleResponse(article, coverage, parsed);
}

// Exactly the addresses livePageHref builds; anything else (page 1 spelled out too) is 404.
function parseView(view: string[]): { order: LiveOrder; page: number } | null {
  const order: LiveOrder = view[0] === "oldest" ? "oldest" : "newest";
  const rest = order === "oldest" ? view.slice(1) : view;
  if (rest.length === 0) return order === "oldest" ? { order, page: 1 } : null;
  if (rest.length !== 2 || rest[0] !== "page" || !/^[1-9][0-9]{0,5}$/.test(rest[1]!)) return null;
  const page = Number(rest[1]);
  return page >= 2 && page <= maxPageFor(LIVE_PAGE_SIZE) ? { order, page } : null;
}
