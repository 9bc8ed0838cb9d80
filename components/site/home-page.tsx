/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import type { SafeHtml } from "@/lib/html/safe-html";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { siteName } from "@/lib/site";
import { ArticleList } from "@/components/site/article-list";
import { LeadStory } from "@/components/site/lead-story";
import { pageHref, Pagination } from "@/components/site/pagination";
import { SiteDocument } from "@/components/site/site-document";

/** The front page: the lead story, then the latest, then stable older pages. */
export function HomePage({ page, articles, hasNext }: { page: number; articles: ArticleCard[]; hasNext: boolean }): SafeHtml {
  const [lead, ...rest] = page === 1 ? articles : [undefined, ...articles];
  const meta = buildListMetadata({
    title: page > 1 ? `Latest news, page ${page}` : undefined,
    description: `The latest news from ${siteName()}.`,
    path: pageHref("/", page),
    feedPath: "/feed.xml",
  });
  return (
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
    </SiteDocument>
  );
}
