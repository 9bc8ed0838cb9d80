import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildListMetadata } from "@/lib/seo/article-metadata";
import { ListPageView } from "@/components/site/list-page-view";
import { pageHref } from "@/components/site/pagination";

// Shared by /authors/[slug] and /authors/[slug]/page/[n].
const loadAuthor = cache(async (slug: string) => (isValidSlug(slug) ? getAuthorBySlug(slug) : null));

export async function authorPageMetadata(slug: string, page: number | null): Promise<Metadata> {
  const author = page ? await loadAuthor(slug) : null;
  if (!author || !page) return { title: "Page not found" };
  return buildListMetadata({
    title: page > 1 ? `${author.name}, page ${page}` : author.name,
    description: author.bio || `Articles by ${author.name}.`,
    path: pageHref(`/authors/${author.slug}`, page),
    feedPath: `/authors/${author.slug}/feed.xml`,
  });
}

export async function AuthorPage({ slug, page }: { slug: string; page: number | null }) {
  const author = page ? await loadAuthor(slug) : null;
  if (!author || !page) notFound();
  await capPageLifetime();
  const { articles, hasNext } = await listPublishedArticles({ authorId: author.id, page });
  if (page > 1 && articles.length === 0) notFound();
  return (
    <ListPageView kind="Author" title={author.name} description={author.bio} basePath={`/authors/${author.slug}`} feedPath={`/authors/${author.slug}/feed.xml`} page={page} articles={articles} hasNext={hasNext} />
  );
}
