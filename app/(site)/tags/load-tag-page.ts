import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { htmlResponse } from "@/lib/html/html-response";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { movedPermanentlyResponse } from "@/lib/http/moved-permanently";
import { findTagRedirect } from "@/lib/tags/find-tag-redirect";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { ListPage } from "@/components/site/list-page";

/**
 * /tags/[slug] and /tags/[slug]/page/[n] (both routes answer through here): the page, a
 * renamed tag's 301, or the 404. `page` is null when the segment is not a page number.
 */
export async function loadTagPage(slug: string, page: number | null): Promise<Response> {
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
  return htmlResponse(
    ListPage({ kind: "Tag", name: tag.name, description: tag.description, fallbackDescription: `Articles tagged ${tag.name}.`, basePath: `/tags/${tag.slug}`, page, articles, hasNext }),
  );
}
