import "server-only";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { listPageResponse } from "@/components/site/list-page-response";
import { notFoundResponse } from "@/components/site/not-found-view";

/** /authors/[slug] and /authors/[slug]/page/[n]; `page` null when the segment is not a page number. */
export async function authorPageResponse(slug: string, page: number | null): Promise<Response> {
  if (!page || !isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const author = await getAuthorBySlug(slug);
  if (!author) return notFoundResponse();
  const { articles, hasNext } = await listPublishedArticles({ authorId: author.id, page });
  if (page > 1 && articles.length === 0) return notFoundResponse();
  return listPageResponse({ kind: "Author", name: author.name, description: author.bio, fallbackDescription: `Articles by ${author.name}.`, basePath: `/authors/${author.slug}`, page, articles, hasNext });
}
