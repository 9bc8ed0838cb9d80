/** @jsxImportSource @/lib/html */
import type { ResolvedBlock } from "@/lib/fronts/resolve-front";
import type { SafeHtml } from "@/lib/html/safe-html";
import type { PageMeta } from "@/lib/seo/page-meta";
import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { FrontBlocks } from "@/components/site/front-blocks";
import { SiteDocument } from "@/components/site/site-document";
import type { CurrentSection } from "@/components/site/section-nav";

type Props = {
  meta: PageMeta;
  /** The page's h1: hidden on the home page (the masthead names the site), shown on a section front. */
  heading: string;
  headingVisible: boolean;
  description?: string;
  breadcrumbs?: Crumb[];
  feedPath?: string;
  blocks: ResolvedBlock[];
  /** Where older stories continue (a plain paged list). */
  moreHref: string | null;
  /** A section's front: its section, marked in the masthead menu. */
  section?: CurrentSection;
};

/** A curated front (the home page, a section's page 1): its blocks as resolved for now. */
export function FrontPage({ meta, heading, headingVisible, description, breadcrumbs, feedPath, blocks, moreHref, section }: Props): SafeHtml {
  const empty = blocks.every((b) => b.articles.length === 0);
  return (
    <SiteDocument meta={meta} section={section}>
      {breadcrumbs ? <Breadcrumbs trail={breadcrumbs} current /> : null}
      {headingVisible ? (
        <header className="mb-8 border-b-2 border-neutral-900 pb-6 dark:border-neutral-200">
          <h1 className="font-serif text-4xl font-bold">{heading}</h1>
          {description ? <p className="mt-3 max-w-3xl text-lg text-neutral-800 dark:text-neutral-200">{description}</p> : null}
          {feedPath ? (
            <p className="mt-3 text-sm print:hidden">
              <a href={feedPath} className="underline">RSS feed</a>
            </p>
          ) : null}
        </header>
      ) : (
        <h1 className="sr-only">{heading}</h1>
      )}
      {empty ? <p>No articles have been published yet.</p> : <FrontBlocks blocks={blocks} />}
      {moreHref && !empty ? (
        <nav aria-label="Pages" className="mt-10 flex justify-end border-t border-neutral-300 pt-4 text-sm print:hidden dark:border-neutral-700">
          <a href={moreHref} rel="next" className="underline">Older articles →</a>
        </nav>
      ) : null}
    </SiteDocument>
  );
}
