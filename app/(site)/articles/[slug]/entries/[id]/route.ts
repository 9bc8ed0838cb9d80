import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { notFoundResponse } from "@/lib/html/not-found-response";
import { tagLiveResponse } from "@/lib/live/live-pages";
import { findLiveEntryPosition, readLiveVersion } from "@/lib/live/read-live";
import { liveEntryHref } from "../../load-live-page";

// An entry's permanent link: answers 302 to the page that holds it now, at #entry-<id>.
// Cached like the pages (an entry change expires it with them).
export const revalidate = 600;
export function generateStaticParams(): { slug: string; id: string }[] {
  return [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }): Promise<Response> {
  const { slug, id } = await params;
  if (!isValidSlug(slug) || !UUID.test(id)) return notFoundResponse();
  await capPageLifetime();
  const article = await getPublishedArticle(slug);
  if (!article) return notFoundResponse();
  await tagLiveResponse(article.id);
  const [position, version] = await Promise.all([findLiveEntryPosition(article.id, id), readLiveVersion(article.id)]);
  // A deleted entry: the live page itself, where the rest still is.
  const target = position === null ? `/articles/${slug}` : liveEntryHref(slug, id, position, version.count);
  return new Response(null, { status: 302, headers: { Location: target } });
}
