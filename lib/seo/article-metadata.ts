import type { Metadata } from "next";
import type { PublishedArticle } from "@/lib/articles/get-published-article";
import { absoluteUrl } from "@/lib/seo/json-ld";
import { siteName } from "@/lib/site";

/** <title>, description, canonical, Open Graph and Twitter card for an article page. */
export function buildArticleMetadata(article: PublishedArticle, description: string, image?: { url: string; alt?: string } | null): Metadata {
  const url = absoluteUrl(`/articles/${article.slug}`);
  const images = image ? [{ url: absoluteUrl(image.url), alt: image.alt }] : undefined;
  return {
    title: article.headline,
    description,
    alternates: { canonical: url },
    authors: article.bylines.map((b) => ({ name: b.name, url: absoluteUrl(`/authors/${b.slug}`) })),
    keywords: article.tags.map((t) => t.name),
    openGraph: {
      type: "article",
      url,
      siteName: siteName(),
      title: article.headline,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: article.bylines.map((b) => absoluteUrl(`/authors/${b.slug}`)),
      section: article.tags[0]?.name,
      tags: article.tags.map((t) => t.name),
      images,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: article.headline, description, images: images?.map((i) => i.url) },
  };
}

/** Metadata for a list page (home, tag, author): canonical per page, its own feed. */
export function buildListMetadata(options: { title?: string; description: string; path: string; feedPath?: string }): Metadata {
  const url = absoluteUrl(options.path);
  return {
    ...(options.title ? { title: options.title } : {}),
    description: options.description,
    alternates: {
      canonical: url,
      ...(options.feedPath ? { types: { "application/rss+xml": [{ url: absoluteUrl(options.feedPath), title: options.title ?? siteName() }] } } : {}),
    },
    openGraph: { type: "website", url, siteName: siteName(), title: options.title ?? siteName(), description: options.description },
    twitter: { card: "summary", title: options.title ?? siteName(), description: options.description },
  };
}
