import { absoluteUrl, buildNewsArticleJsonLd, type NewsArticleInput } from "@/lib/seo/json-ld";

/** liveBlogUpdate carries at most this many entries, newest first (Google reads the newest). */
export const LIVE_JSON_LD_UPDATES = 20;
const ENTRY_TEXT_MAX = 1000;

export type LiveJsonLdEntry = { id: string; headline: string; text: string; postedAt: Date; editedAt: Date | null; author: { name: string; slug: string } | null };

/**
 * schema.org LiveBlogPosting: the NewsArticle facts of the page, the coverage window,
 * and the newest entries as BlogPosting updates, each with its own address
 * (`#entry-<id>`). dateModified follows the newest change.
 */
export function buildLiveBlogJsonLd(
  article: NewsArticleInput,
  live: { startsAt: Date; endsAt: Date | null; modifiedAt: Date; entries: LiveJsonLdEntry[] },
): Record<string, unknown> {
  // LiveBlogPosting is a BlogPosting, not a NewsArticle: no `dateline` property.
  const { dateline: _dateline, ...base } = buildNewsArticleJsonLd({ ...article, updatedAt: live.modifiedAt });
  const url = absoluteUrl(`/articles/${article.slug}`);
  return {
    ...base,
    "@type": "LiveBlogPosting",
    coverageStartTime: live.startsAt.toISOString(),
    ...(live.endsAt ? { coverageEndTime: live.endsAt.toISOString() } : {}),
    liveBlogUpdate: live.entries.slice(0, LIVE_JSON_LD_UPDATES).map((entry) => ({
      "@type": "BlogPosting",
      "@id": `${url}#entry-${entry.id}`,
      url: absoluteUrl(`/articles/${article.slug}/entries/${entry.id}`),
      headline: entry.headline || truncate(entry.text, 110) || article.headline,
      articleBody: truncate(entry.text, ENTRY_TEXT_MAX),
      datePublished: entry.postedAt.toISOString(),
      ...(entry.editedAt ? { dateModified: entry.editedAt.toISOString() } : {}),
      ...(entry.author ? { author: { "@type": "Person", name: entry.author.name, url: absoluteUrl(`/authors/${entry.author.slug}`) } } : {}),
    })),
  };
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
