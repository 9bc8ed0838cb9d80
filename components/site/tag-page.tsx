import "server-only";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { findTagRedirect } from "@/lib/tags/find-tag-redirect";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { listPageResponse } from "@/components/site/list-page-response";
import { movedPermanentlyResponse, notFoundResponse } from "@/components/site/not-found-view";

/** /tags/[slug] and /tags/[slug]/page/[n]; `page` null when the segment is not a page number. */
export async function tagPageResponse(slug: string, page: number | null): Promise<Response> {
  if (!page || !isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const tag = await getTagBySlug(slug);
  if (!tag) {
    // A renamed or merged tag's old address leads to where it lives now, if readers can
    // see it there: a redirect must not name a tag only unpublished stories carry.
    const moved = await findTagRedirect(slug);
    return moved && (await getTagBySlug(moved)) ? movedPermanentlyResponse(page > 1 ? `/tags/${moved}/page/${page}` : `/tags/${moved}`) : notFoundResponse();
  }
  const { articles, hasNext } = await listPublishedArticles({ tagId: tag.id, page });
  if (page > 1 && articles.length === 0) return notFoundResponse();
  return listPageResponse({ kind: "Tag", name: tag.name, description: tag.description, fallbackDescription: `Articles tagged ${tag.name}.`, basePath: `/tags/${tag.slug}`, page, articles, hasNext });
}
