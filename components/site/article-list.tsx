/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { formatPublicationDate } from "@/lib/site";
import { ResponsiveImage } from "@/components/site/responsive-image";

export function ArticleList({ articles, headingLevel = 2 }: { articles: ArticleCard[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="divide-y divide-neutral-300 dark:divide-neutral-700">
      {articles.map((article) => (
        <li className="py-5 first:pt-0">
          <article className="flex gap-4">
            <div className="min-w-0 flex-1">
            <Heading className="font-serif text-xl font-bold leading-snug sm:text-2xl">
              <a href={`/articles/${article.slug}`} className="hover:underline">
                {article.live ? <span className="live-badge mr-2 align-middle font-sans text-xs">LIVE</span> : null}
                {article.headline}
              </a>
            </Heading>
            {article.summary ? <p className="mt-2 text-neutral-800 dark:text-neutral-200">{article.summary}</p> : null}
            <ArticleMeta article={article} />
            </div>
            {article.image ? (
              <div className="w-28 shrink-0 sm:w-40">
                <ResponsiveImage image={article.image} sizes="10rem" />
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

export function ArticleMeta({ article }: { article: ArticleCard }) {
  return (
    <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
      {article.bylines.length > 0 ? <>{article.bylines.map((b) => b.name).join(", ")} · </> : null}
      <time dateTime={article.publishedAt.toISOString()}>{formatPublicationDate(article.publishedAt)}</time>
      {article.tags.length > 0 ? (
        <>
          {" · "}
          {article.tags.map((tag, i) => (
            <span>
              {i > 0 ? ", " : null}
              <a href={`/tags/${tag.slug}`} className="underline underline-offset-2">
                {tag.name}
              </a>
            </span>
          ))}
        </>
      ) : null}
    </p>
  );
}
