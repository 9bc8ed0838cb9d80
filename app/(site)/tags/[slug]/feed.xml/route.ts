import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildRss } from "@/lib/seo/build-rss";
import { feedNotFoundResponse, xmlResponse } from "@/lib/seo/xml";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { siteName } from "@/lib/site";

// Cached (ISR) on first request, like the tag page: saves expire it at once
// (revalidatePath), capPageLifetime() keeps a copy from outliving the next scheduled
// publication. An unknown slug's 404 is cached too, as the tag page's is (malformed
// slugs never get here: the proxy answers them).
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return feedNotFoundResponse("tag");
  await capPageLifetime();
  const tag = await getTagBySlug(slug);
  if (!tag) return feedNotFoundResponse("tag");
  const { articles } = await listPublishedArticles({ tagId: tag.id, perPage: 50 });
  return xmlResponse(
    buildRss(
      { title: `${tag.name} · ${siteName()}`, description: tag.description || `Articles tagged ${tag.name}.`, path: `/tags/${tag.slug}`, feedPath: `/tags/${tag.slug}/feed.xml` },
      articles,
    ),
    "application/rss+xml",
  );
}
