import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { capPageLifetime } from "@/lib/cache/publication-clock";
import { isValidSlug } from "@/lib/content/slug";
import { excerptDocument } from "@/lib/content/plain-text";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { listLiveEntries } from "@/lib/live/read-live";
import { tagLiveResponse } from "@/lib/live/live-pages";
import { buildLiveRss } from "@/lib/seo/build-live-rss";
import { xmlResponse } from "@/lib/seo/xml";
import { notFoundResponse } from "@/lib/html/not-found-response";

// A live article's entries as RSS (issue 14), newest first. Cached and expired like its page.
export const revalidate = 600;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

const FEED_ENTRIES = 50;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  if (!isValidSlug(slug)) return notFoundResponse();
  await capPageLifetime();
  const article = await getPublishedArticle(slug);
  const coverage = article?.liveCoverage ?? null;
  if (!article || !coverage) return notFoundResponse();
  await tagLiveResponse(article.id);
  const { entries } = await listLiveEntries(article.id, { perPage: FEED_ENTRIES });
  return xmlResponse(
    buildLiveRss(
      { slug: article.slug, title: `${article.headline}: live updates`, description: article.standfirst || excerptDocument(article.body, 200) },
      entries.map((entry) => ({
        id: entry.id,
        title: entry.headline || excerptDocument(entry.body, 110),
        // The one sanitizing renderer; the feed escapes it as text.
        html: renderDocumentHtml(entry.body),
        postedAt: entry.postedAt,
        author: entry.author?.name ?? null,
      })),
    ),
    "application/rss+xml",
  );
}
