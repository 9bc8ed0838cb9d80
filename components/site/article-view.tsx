/** @jsxImportSource @/lib/html */
import type { SafeHtml } from "@/lib/html/safe-html";
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { formatDateTime, formatPublicationDate } from "@/lib/site";
import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { Byline } from "@/components/site/byline";
import { ArticleList } from "@/components/site/article-list";
import { ShareLinks } from "@/components/site/share-links";
import { Corrections } from "@/components/site/corrections";
import { ResponsiveImage } from "@/components/site/responsive-image";
import { ARTICLE_IMAGE_SIZES } from "@/lib/media/media-url";

type Props = {
  article: PublishedArticle;
  /** Body HTML from renderDocumentHtml, the one sanitizing renderer. */
  html: SafeHtml;
  url: string;
  related: ArticleCard[];
  /** A private preview: nothing to share yet. */
  preview?: boolean;
  /** issue-13: the primary section's trail, outermost first (kicker and breadcrumbs). */
  sectionTrail?: Crumb[];
};

// Shown as updated when changed more than a minute after publication.
const UPDATE_THRESHOLD_MS = 60_000;

export function ArticleView({ article, html, url, related, preview = false, sectionTrail = [] }: Props) {
  const section = sectionTrail.at(-1);
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_THRESHOLD_MS ? article.updatedAt : null;
  return (
    <>
      <article className="mx-auto max-w-2xl">
        <header className="mb-8">
          <Breadcrumbs trail={sectionTrail} />
          {section ? (
            <p className="text-sm font-semibold uppercase tracking-widest text-red-800 dark:text-red-300">
              <a href={section.href} className="hover:underline">{section.name}</a>
            </p>
          ) : article.tags[0] ? (
            <p className="text-sm font-semibold uppercase tracking-widest text-red-800 dark:text-red-300">{article.tags[0].name}</p>
          ) : null}
          <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-5xl">{article.headline}</h1>
          {article.standfirst ? <p className="mt-4 font-serif text-xl text-neutral-800 dark:text-neutral-200">{article.standfirst}</p> : null}
          <div className="mt-6 border-y border-neutral-300 py-3 text-sm text-neutral-800 dark:border-neutral-700 dark:text-neutral-200">
            <Byline people={article.bylines} />
            <p>
              Published <time dateTime={article.publishedAt.toISOString()}>{formatPublicationDate(article.publishedAt)}</time>
              {updated ? (
                <>
                  {" · Updated "}
                  <time dateTime={updated.toISOString()}>{formatDateTime(updated)}</time>
                </>
              ) : null}
            </p>
          </div>
        </header>
        {article.image ? (
          <figure className="mb-8">
            <ResponsiveImage image={article.image} sizes={ARTICLE_IMAGE_SIZES} priority />
            {article.image.caption || article.image.credit ? (
              <figcaption className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
                {article.image.caption}
                {article.image.credit ? <span className="block text-xs uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{article.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="article-body prose prose-lg prose-neutral max-w-none font-serif dark:prose-invert">
          {article.dateline ? <p className="dateline font-sans text-sm font-bold uppercase tracking-wider">{article.dateline} —</p> : null}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </div>
        <Corrections items={article.corrections} />
        {article.tags.length > 0 ? (
          <footer className="mt-10 border-t border-neutral-300 pt-4 dark:border-neutral-700">
            <h2 className="text-sm font-semibold">Tags</h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li>
                  <a href={`/tags/${tag.slug}`} className="inline-block rounded-full border border-neutral-400 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
                    {tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </footer>
        ) : null}
        {preview ? null : <ShareLinks url={url} title={article.headline} />}
      </article>
      {related.length > 0 ? (
        <aside aria-labelledby="related-heading" className="mx-auto mt-12 max-w-2xl border-t-2 border-neutral-900 pt-6 print:hidden dark:border-neutral-200">
          <h2 id="related-heading" className="mb-4 font-serif text-2xl font-bold">Related</h2>
          <ArticleList articles={related} headingLevel={3} />
        </aside>
      ) : null}
    </>
  );
}
