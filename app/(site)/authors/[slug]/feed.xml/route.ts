import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { readCachedPublicData } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildRss } from "@/lib/seo/build-rss";
import { xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const xml = isValidSlug(slug)
    ? await readCachedPublicData("author-feed", [slug], async () => {
        const author = await getAuthorBySlug(slug);
        if (!author) return "";
        const { articles } = await listPublishedArticles({ authorId: author.id, perPage: 50 });
        return buildRss(
          { title: `${author.name} · ${siteName()}`, description: author.bio || `Articles by ${author.name}.`, path: `/authors/${author.slug}`, feedPath: `/authors/${author.slug}/feed.xml` },
          articles,
        );
      })
    : "";
  if (!xml) return new Response("No such author.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(xml, "application/rss+xml");
}
