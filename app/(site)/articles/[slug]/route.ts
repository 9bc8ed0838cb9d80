import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { lookupSlugRedirect } from "@/lib/articles/slug-redirect-index";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { describeArticlePage } from "@/lib/seo/article-page-meta";
import { getExpiredArticle } from "@/lib/articles/get-expired-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { renderArticleBody } from "@/lib/articles/render-article-body";
import { movedPermanentlyResponse } from "@/lib/http/moved-permanently";
import { getSectionById } from "@/lib/sections/get-section";
import { ArticlePage } from "@/components/site/article-page";
import { liveArticleResponse } from "./load-live-page";
import { GonePage } from "@/components/site/gone-page";

// Cached (ISR) on first request, as a whole HTML response. Saves expire it at once
// (revalidatePath); capPageLifetime() keeps a cached copy from outliving the next
// scheduled publication. See docs/architecture.md, "Reader pages" and "Caching and freshness".
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

/** The article, its old slugs' 301s, or the 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  // Before anything is read: a slug readers cannot see (unknown, malformed, or a draft's,
  // a scheduled or a trashed article's: the same bytes for all) is answered from memory
  // (lib/articles/known-slugs.ts), and an old slug is sent on from the redirect index.
  // Neither answer is kept in the page cache (lib/cache/page-cache-handler.js), so a
  // flood of random slugs costs no render, no query per slug and no cache entry.
  if (!isValidSlug(slug) || !(await isPossibleArticleSlug(slug))) return unknownSlugResponse();
  const target = await lookupSlugRedirect(slug);
  if (target && target !== slug) return withShortEdgeLife(movedPermanentlyResponse(`/articles/${target}`));
  // The clock and the article side by side, at one "now": the clock then bounds the page
  // by every publication still to come after the moment the article was read at.
  const now = new Date();
  const [, article] = await Promise.all([capPageLifetime(now), getPublishedArticle(slug, now)]);
  if (!article) {
    // A published article's old slug answers 301 to its current one (issue #3).
    const current = await findSlugRedirect(slug);
    if (current) return withShortEdgeLife(movedPermanentlyResponse(`/articles/${current}`));
    // Past its end time (issue 13): gone, and said so, rather than unknown.
    const expired = await getExpiredArticle(slug);
    // Browsers hold a 410 with no stated lifetime as fresh forever (Chromium does), so it
    // says max-age=0: an editor may extend the end time and the article must come back.
    // The page cache still keeps it (expired like the article page, by saves and the clock).
    return expired ? htmlResponse(GonePage({ headline: expired.headline }), { status: 410, headers: { "Cache-Control": GONE_CACHE_CONTROL } }) : unknownSlugResponse();
  }
  // An article switched to live coverage is drawn as a live page (issue 14, docs/live.md).
  const coverage = article.liveCoverage;
  if (coverage) return liveArticleResponse(article, coverage, { order: "newest", page: 1 });
  const [related, section] = await Promise.all([listRelatedArticles(article.id), article.sectionId ? getSectionById(article.sectionId) : null]);
  const sectionTrail = (section?.trail ?? []).map((s) => ({ name: s.name, href: `/sections/${s.path}` }));
  // Cards show their article's current headline; embeds decide the page's script and frames.
  const body = await renderArticleBody(article.body);
  const meta = { ...describeArticlePage(article, sectionTrail), scripts: body.scripts };
  const current = section ? { path: section.path, front: false } : undefined;
  return htmlResponse(ArticlePage({ meta, article, html: body.html, related, sectionTrail, section: current }), { headers: body.headers });
}

// A slug may become an article's at any moment (and a redirect may change): browsers ask
// again every time, shared caches may keep the answer a second (as the nginx micro-cache does).
function withShortEdgeLife(response: Response): Response {
  response.headers.set("Cache-Control", "public, max-age=0, s-maxage=1");
  return response;
}

function unknownSlugResponse(): Response {
  return withShortEdgeLife(notFoundResponse());
}

const GONE_CACHE_CONTROL = "public, max-age=0, s-maxage=1";
