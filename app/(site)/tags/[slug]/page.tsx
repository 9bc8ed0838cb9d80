import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { ArticleList } from "@/components/site/article-list";
import { Pagination } from "@/components/site/pagination";
import { readPageParam } from "@/lib/page-param";
import { isValidSlug } from "@/lib/content/slug";
import { redirectMovedTag } from "@/lib/tags/redirect-moved-tag";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadTag = cache(async (slug: string) => (isValidSlug(slug) ? getTagBySlug(slug) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await loadTag((await params).slug);
  if (!tag) return {};
  return { title: tag.name, description: tag.description || `Articles tagged ${tag.name}.`, alternates: { canonical: `/tags/${tag.slug}` } };
}

export default async function TagPage({ params, searchParams }: Props) {
  const tag = await loadTag((await params).slug);
  if (!tag) await redirectMovedTag((await params).slug);
  if (!tag) notFound();
  const page = readPageParam((await searchParams).page);
  const { articles, hasNext } = await listPublishedArticles({ tagId: tag.id, page });
  return (
    <>
      <header className="mb-8">
        <p className="text-sm uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Tag</p>
        <h1 className="font-serif text-4xl font-bold">{tag.name}</h1>
        {tag.description ? <p className="mt-2 text-neutral-700 dark:text-neutral-300">{tag.description}</p> : null}
      </header>
      {articles.length === 0 ? <p>No published articles carry this tag yet.</p> : <ArticleList articles={articles} />}
      <Pagination basePath={`/tags/${tag.slug}`} page={page} hasNext={hasNext} />
    </>
  );
}
