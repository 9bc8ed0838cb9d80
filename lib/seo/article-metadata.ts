import type { PublishedArticle } from "@/lib/articles/get-published-article";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { describeArticleAppearance } from "@/lib/seo/article-appearance";
import type { PageMeta } from "@/lib/seo/page-meta";
import { siteName, siteUrl } from "@/lib/site";

/**
 * <title>, description, canonical, Open Graph and Twitter card for an article page. The
 * titles and descriptions come from describeArticleAppearance (the editor's preview calls
 * the same): the SEO title, social title and social description when the article sets
 * them, else the headline and the standfirst (or the body's opening). `description` is
 * the meta description, which the page's JSON-LD repeats.
 */
export function buildArticleMetadata(article: PublishedArticle, image?: { url: string; alt?: string } | null): PageMeta & { description: string } {
  const look = describeArticleAppearance({ ...article, image }, { name: siteName(), url: siteUrl() });
  const url = look.url;
  const imageUrl = look.image?.url ?? null;
  const properties: [string, string][] = [
    ["og:type", "article"],
    ["og:url", url],
    ["og:site_name", siteName()],
    ["og:title", look.socialTitle],
    ["og:description", look.socialDescription],
    ...(imageUrl ? ([["og:image", imageUrl], ...(image?.alt ? [["og:image:alt", image.alt]] : [])] as [string, string][]) : []),
    ["article:published_time", article.publishedAt.toISOString()],
    ["article:modified_time", article.updatedAt.toISOString()],
    ...article.bylines.map((b): [string, string] => ["article:author", absoluteUrl(`/authors/${b.slug}`)]),
    ...(article.tags[0] ? ([["article:section", article.tags[0].name]] as [string, string][]) : []),
    ...article.tags.map((t): [string, string] => ["article:tag", t.name]),
  ];
  const names: [string, string][] = [
    ...article.bylines.map((b): [string, string] => ["author", b.name]),
    ...(article.tags.length > 0 ? ([["keywords", article.tags.map((t) => t.name).join(", ")]] as [string, string][]) : []),
    ["twitter:card", imageUrl ? "summary_large_image" : "summary"],
    ["twitter:title", look.socialTitle],
    ["twitter:description", look.socialDescription],
    ...(imageUrl ? ([["twitter:image", imageUrl]] as [string, string][]) : []),
  ];
  return { title: look.title, description: look.description, canonical: url, names, properties };
}

/** Metadata for a list page (home, tag, author): canonical per page, its own feed. */
export function buildListMetadata(options: { title?: string; description: string; path: string; feedPath?: string }): PageMeta {
  const url = absoluteUrl(options.path);
  const title = options.title ?? siteName();
  return {
    ...(options.title ? { title: options.title } : {}),
    description: options.description,
    canonical: url,
    feeds: options.feedPath ? [{ href: absoluteUrl(options.feedPath), title }] : undefined,
    properties: [
      ["og:type", "website"],
      ["og:url", url],
      ["og:site_name", siteName()],
      ["og:title", title],
      ["og:description", options.description],
    ],
    names: [
      ["twitter:card", "summary"],
      ["twitter:title", title],
      ["twitter:description", options.description],
    ],
  };
}
