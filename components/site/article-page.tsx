/** @jsxImportSource @/lib/html */
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import type { SafeHtml } from "@/lib/html/safe-html";
import { absoluteUrl } from "@/lib/seo/json-ld";
import type { PageMeta } from "@/lib/seo/page-meta";
import type { Crumb } from "@/components/site/breadcrumbs";
import { ArticleView } from "@/components/site/article-view";
import { SiteDocument } from "@/components/site/site-document";
import type { CurrentSection } from "@/components/site/section-nav";

type Props = {
  /** The head: title, description, canonical, social cards, JSON-LD (built by the route). */
  meta: PageMeta;
  article: PublishedArticle;
  /** Body HTML from renderDocumentHtml, the one sanitizing renderer. */
  html: SafeHtml;
  related: ArticleCard[];
  sectionTrail?: Crumb[];
  /** The primary section, marked in the masthead menu. */
  section?: CurrentSection;
};

/** /articles/[slug]: the whole document. */
export function ArticlePage({ meta, article, html, related, sectionTrail, section }: Props): SafeHtml {
  return (
    <SiteDocument meta={meta} section={section}>
      <ArticleView article={article} html={html} url={absoluteUrl(`/articles/${article.slug}`)} related={related} sectionTrail={sectionTrail} />
    </SiteDocument>
  );
}
