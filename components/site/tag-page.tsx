import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { redirectMovedTag } from "@/lib/tags/redirect-moved-tag";
import { ListPageView } from "@/components/site/list-page-view";
import { pageHref } from "@/components/site/pagination";

// Shared by /tags/[slug] and /tags/[slug]/page/[n].
const loadTag = cache(async (slug: string) => (isValidSlug(slug) ? getTagBySlug(slug) : null));

export async function tagPageMetadata(slug: string, page: number | null): Promise<Metadata> {
  const tag = page ? await loadTag(slug) : null;
  if (!tag || !page) return { title: "Page not found" };
  return buildListMetadata({
    title: page > 1 ? `${tag.name}, page ${page}` : tag.name,
    description: tag.description || `Articles tagged ${tag.name}.`,
    path: pageHref(`/tags/${tag.slug}`, page),
    feedPath: `/tags/${tag.slug}/feed.xml`,
  });
}

export async function TagPage({ slug, page }: { slug: string; page: number | null }) {
  const tag = page ? await loadTag(slug) : null;
  // A renamed or merged tag's old address leads to where it lives now.
  if (!tag && page) await redirectMovedTag(slug);
  if (!tag || !page) notFound();
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ tagId: tag.id, page });
  if (page > 1 && articles.length === 0) notFound();
  return (
    <ListPageView kind="Tag" title={tag.name} description={tag.description} basePath={`/tags/${tag.slug}`} feedPath={`/tags/${tag.slug}/feed.xml`} page={page} articles={articles} hasNext={hasNext} />
  );
}
