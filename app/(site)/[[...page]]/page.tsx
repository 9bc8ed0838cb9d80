import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { readPathPage } from "@/lib/seo/path-page";
import { pageHref, Pagination } from "@/components/site/pagination";
import { ArticleList } from "@/components/site/article-list";
import { LeadStory } from "@/components/site/lead-story";
import { siteName } from "@/lib/site";

// The front page (`/`) and its older pages (`/page/2`). An optional catch-all so that
// `/` is an on-demand cached (ISR) page like the others, rendered on first request,
// never at build time (a build has no database). Any other path is a 404.
export const revalidate = 600;
export function generateStaticParams(): { page: string[] }[] {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

function readPage(segments: string[] | undefined): number | null {
  if (!segments || segments.length === 0) return 1;
  if (segments.length === 2 && segments[0] === "page") return readPathPage(segments[1]);
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = readPage((await params).page);
  if (!page) return { title: "Page not found" };
  return buildListMetadata({
    title: page > 1 ? `Latest news, page ${page}` : undefined,
    description: `The latest news from ${siteName()}.`,
    path: pageHref("/", page),
    feedPath: "/feed.xml",
  });
}

export default async function HomePage({ params }: Props) {
  const page = readPage((await params).page);
  if (!page) notFound();
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ page });
  if (page > 1 && articles.length === 0) notFound();
  const [lead, ...rest] = page === 1 ? articles : [undefined, ...articles];
  return (
    <>
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
    </>
  );
}
