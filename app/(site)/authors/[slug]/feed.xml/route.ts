import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { buildRss } from "@/lib/seo/build-rss";
import { feedNotFoundResponse, xmlResponse } from "@/lib/seo/xml";
import { siteName } from "@/lib/site";

// Cached (ISR) on first request, like the author page; see the tag feed
// (app/(site)/tags/[slug]/feed.xml/route.ts).
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return feedNotFoundResponse("author");
  // Before the lookup: an author appears with their first public article, which may be scheduled.
  await capPageLifetime();
  const author = await getAuthorBySlug(slug);
  if (!author) return feedNotFoundResponse("author");
  const { articles } = await listPublishedArticles({ authorId: author.id, perPage: 50 });
  return xmlResponse(
    buildRss(
      { title: `${author.name} · ${siteName()}`, description: author.bio || `Articles by ${author.name}.`, path: `/authors/${author.slug}`, feedPath: `/authors/${author.slug}/feed.xml` },
      articles,
    ),
    "application/rss+xml",
  );
}
