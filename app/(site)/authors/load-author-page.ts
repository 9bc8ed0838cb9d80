import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { ListPage } from "@/components/site/list-page";

/**
 * /authors/[slug] and /authors/[slug]/page/[n] (both routes answer through here): the
 * page or the 404. `page` is null when the segment is not a page number.
 */
export async function loadAuthorPage(slug: string, page: number | null): Promise<Response> {
  if (!page || !isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const author = await getAuthorBySlug(slug);
  if (!author) return notFoundResponse();
  const { articles, hasNext } = await listPublishedArticles({ authorId: author.id, page });
  if (page > 1 && articles.length === 0) return notFoundResponse();
  return htmlResponse(
    ListPage({ kind: "Author", name: author.name, description: author.bio, fallbackDescription: `Articles by ${author.name}.`, basePath: `/authors/${author.slug}`, page, articles, hasNext }),
  );
}
