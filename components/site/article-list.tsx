import Link from "next/link";
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import { formatPublicationDate } from "@/lib/site";

export function ArticleList({ articles }: { articles: ArticleCard[] }) {
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {articles.map((article) => (
        <li key={article.slug} className="py-6 first:pt-0">
          <article>
            <h2 className="font-serif text-2xl font-bold leading-tight">
              <Link href={`/articles/${article.slug}`} className="hover:underline">
                {article.headline}
              </Link>
            </h2>
            {article.summary ? <p className="mt-2 text-neutral-700 dark:text-neutral-300">{article.summary}</p> : null}
            <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
              <time dateTime={article.publishedAt.toISOString()}>{formatPublicationDate(article.publishedAt)}</time>
              {article.tags.length > 0 ? (
                <>
                  {" · "}
                  {article.tags.map((tag, i) => (
                    <span key={tag.slug}>
                      {i > 0 ? ", " : null}
                      <Link href={`/tags/${tag.slug}`} className="underline-offset-2 hover:underline">
                        {tag.name}
                      </Link>
                    </span>
                  ))}
                </>
              ) : null}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
