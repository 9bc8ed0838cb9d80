/** @jsxImportSource @/lib/html */
import "server-only";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { htmlResponse } from "@/lib/html/html-response";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { readPathPage } from "@/lib/seo/path-page";
import { siteName } from "@/lib/site";
import { ArticleList } from "@/components/site/article-list";
import { LeadStory } from "@/components/site/lead-story";
import { notFoundResponse } from "@/components/site/not-found-view";
import { pageHref, Pagination } from "@/components/site/pagination";
import { SiteDocument } from "@/components/site/site-document";

// `/` is page 1, `/page/2` the next; any other path under the catch-all is a 404.
function readPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page") return readPathPage(segments[1]);
  return null;
}

/** The front page: the lead story, then the latest, then stable older pages. */
export async function homePageResponse(segments: string[] | undefined): Promise<Response> {
  const page = readPage(segments);
  if (!page) return notFoundResponse();
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ page });
  if (page > 1 && articles.length === 0) return notFoundResponse();
  const [lead, ...rest] = page === 1 ? articles : [undefined, ...articles];
  const meta = buildListMetadata({
    title: page > 1 ? `Latest news, page ${page}` : undefined,
    description: `The latest news from ${siteName()}.`,
    path: pageHref("/", page),
    feedPath: "/feed.xml",
  });
  return htmlResponse(
    <SiteDocument meta={meta}>
      <h1 className="sr-only">{page === 1 ? "Latest news" : `Latest news, page ${page}`}</h1>
      {articles.length === 0 ? <p>No articles have been published yet.</p> : null}
      {lead ? <LeadStory article={lead} /> : null}
      {rest.length > 0 ? (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-4 border-b border-neutral-900 pb-1 text-sm font-bold uppercase tracking-widest dark:border-neutral-200">
            {page === 1 ? "Latest" : "Older articles"}
          </h2>
          <ArticleList articles={rest.filter((a) => a !== undefined)} headingLevel={3} />
        </section>
      ) : null}
      <Pagination basePath="/" page={page} hasNext={hasNext} />
    </SiteDocument>,
  );
}
