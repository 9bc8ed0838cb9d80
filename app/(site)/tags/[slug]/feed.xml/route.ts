import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { readCachedPublicData } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildRss } from "@/lib/seo/build-rss";
import { xmlResponse } from "@/lib/seo/xml";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { siteName } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const xml = isValidSlug(slug)
    ? await readCachedPublicData("tag-feed", [slug], async () => {
        const tag = await getTagBySlug(slug);
        if (!tag) return "";
        const { articles } = await listPublishedArticles({ tagId: tag.id, perPage: 50 });
        return buildRss(
          { title: `${tag.name} · ${siteName()}`, description: tag.description || `Articles tagged ${tag.name}.`, path: `/tags/${tag.slug}`, feedPath: `/tags/${tag.slug}/feed.xml` },
          articles,
        );
      })
    : "";
  if (!xml) return new Response("No such tag.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(xml, "application/rss+xml");
}
