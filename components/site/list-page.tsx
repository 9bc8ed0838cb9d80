/** @jsxImportSource @/lib/html */
import type { ArticleCard } from "@/lib/articles/list-published-articles";
import type { SafeHtml } from "@/lib/html/safe-html";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { Breadcrumbs, type Crumb } from "@/components/site/breadcrumbs";
import { ListPageView } from "@/components/site/list-page-view";
import { pageHref } from "@/components/site/pagination";
import { SiteDocument } from "@/components/site/site-document";
import type { CurrentSection } from "@/components/site/section-nav";

type Props = { kind: "Tag" | "Author" | "Section"; name: string; description: string; fallbackDescription: string; basePath: string; page: number; articles: ArticleCard[]; hasNext: boolean; breadcrumbs?: Crumb[]; section?: CurrentSection };

/** A tag's or an author's page (and its older pages), the whole document. */
export function ListPage({ kind, name, description, fallbackDescription, basePath, page, articles, hasNext, breadcrumbs, section }: Props): SafeHtml {
  const feedPath = `${basePath}/feed.xml`;
  const meta = buildListMetadata({ title: page > 1 ? `${name}, page ${page}` : name, description: description || fallbackDescription, path: pageHref(basePath, page), feedPath });
  return (
    <SiteDocument meta={meta} section={section}>
      {breadcrumbs ? <Breadcrumbs trail={breadcrumbs} /> : null}
      <ListPageView kind={kind} title={name} description={description} basePath={basePath} feedPath={feedPath} page={page} articles={articles} hasNext={hasNext} />
    </SiteDocument>
  );
}
