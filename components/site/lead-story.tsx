/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { ArticleMeta } from "@/components/site/article-list";
import { ResponsiveImage } from "@/components/site/responsive-image";

export function LeadStory({ article }: { article: ArticleCard }) {
  return (
    <article className="mb-10 border-b-2 border-neutral-900 pb-8 dark:border-neutral-200">
      {article.image ? (
        <div className="mb-5">
          <ResponsiveImage image={article.image} sizes="(min-width: 64rem) 64rem, 100vw" priority />
        </div>
      ) : null}
      <p className="text-xs font-semibold uppercase tracking-widest text-red-800 dark:text-red-300">Lead story</p>
      <h2 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-5xl">
        <a href={`/articles/${article.slug}`} className="hover:underline">
          {article.live ? <span className="live-badge mr-3 align-middle font-sans text-sm">LIVE</span> : null}
          {article.headline}
        </a>
      </h2>
      {article.summary ? <p className="mt-4 max-w-3xl font-serif text-lg text-neutral-800 sm:text-xl dark:text-neutral-200">{article.summary}</p> : null}
      <ArticleMeta article={article} />
    </article>
  );
}
