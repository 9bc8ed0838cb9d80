/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import type { ResolvedBlock } from "@/lib/fronts/resolve-front";
import { ArticleList, ArticleMeta } from "@/components/site/article-list";
import { LeadStory } from "@/components/site/lead-story";
import { ResponsiveImage } from "@/components/site/responsive-image";

const BLOCK_HEADING = "mb-4 border-b border-neutral-900 pb-1 text-sm font-bold uppercase tracking-widest dark:border-neutral-200";

/** A front's blocks, top to bottom; a block with no story left to show is left out. */
export function FrontBlocks({ blocks }: { blocks: ResolvedBlock[] }) {
  return <>{blocks.map((block, i) => (block.articles.length === 0 ? null : <FrontBlock block={block} index={i} />))}</>;
}

function FrontBlock({ block, index }: { block: ResolvedBlock; index: number }) {
  const headingId = `front-block-${index}`;
  switch (block.type) {
    case "lead":
      return <LeadStory article={block.articles[0]!} />;
    case "top":
      return (
        <section aria-labelledby={headingId} className="mb-10" data-block="top">
          <h2 id={headingId} className={BLOCK_HEADING}>{block.title || "Top stories"}</h2>
          <ol className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {block.articles.map((article) => (
              <li><StoryTile article={article} /></li>
            ))}
          </ol>
        </section>
      );
    case "section":
      return (
        <section aria-labelledby={headingId} className="mb-10" data-block="section">
          <h2 id={headingId} className={BLOCK_HEADING}>
            {block.section ? <a href={`/sections/${block.section.path}`} className="hover:underline">{block.title}</a> : block.title}
          </h2>
          <ArticleList articles={block.articles} headingLevel={3} />
        </section>
      );
    default:
      return (
        <section aria-labelledby={headingId} className="mb-10" data-block={block.type}>
          <h2 id={headingId} className={BLOCK_HEADING}>{block.title}</h2>
          <ArticleList articles={block.articles} headingLevel={3} />
        </section>
      );
  }
}

function StoryTile({ article }: { article: ArticleCard }) {
  return (
    <article>
      {article.image ? (
        <div className="mb-3">
          <ResponsiveImage image={article.image} sizes="(min-width: 64rem) 21rem, (min-width: 40rem) 50vw, 100vw" />
        </div>
      ) : null}
      <h3 className="font-serif text-xl font-bold leading-snug">
        {article.live ? <span className="live-badge mr-2 align-middle font-sans text-xs">LIVE</span> : null}
        <a href={`/articles/${article.slug}`} className="hover:underline">{article.headline}</a>
      </h3>
      {article.summary ? <p className="mt-2 text-neutral-800 dark:text-neutral-200">{article.summary}</p> : null}
      <ArticleMeta article={article} />
    </article>
  );
}
