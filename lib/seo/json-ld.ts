import { siteName, siteUrl } from "@/lib/site";
import { currentSiteChrome } from "@/lib/site-chrome/snapshot";
import { joinUrl } from "@/lib/seo/article-appearance";

/** A correction as readers see it (issue #3 fills these in; empty until then). */
export type Correction = { text: string; publishedAt: Date };

export type NewsArticleInput = {
  slug: string;
  headline: string;
  description: string;
  dateline?: string;
  publishedAt: Date;
  updatedAt: Date;
  bylines: { name: string; slug: string }[];
  tags: { name: string; slug: string }[];
  image?: { url: string; width?: number; height?: number; alt?: string } | null;
  corrections?: Correction[];
  /** issue-13: the primary section's name (else the first tag stands in). */
  section?: string | null;
  /** issue-13: a BreadcrumbList (buildBreadcrumbJsonLd), nested as the page's breadcrumb. */
  breadcrumb?: Record<string, unknown>;
};

export const PUBLISHER_LOGO = { path: "/logo.png", width: 600, height: 60 };

// The logo an admin set (issue 13, lib/site-chrome), else the bundled one.
function publisherLogo() {
  const logo = currentSiteChrome().logo ?? { src: PUBLISHER_LOGO.path, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height };
  return { "@type": "ImageObject", url: absoluteUrl(logo.src), width: logo.width, height: logo.height };
}

export function absoluteUrl(path: string): string {
  return joinUrl(siteUrl(), path);
}

/** schema.org NewsArticle for an article page (Google's article structured data). */
export function buildNewsArticleJsonLd(article: NewsArticleInput): Record<string, unknown> {
  const url = absoluteUrl(`/articles/${article.slug}`);
  const corrections = article.corrections ?? [];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url, ...(article.breadcrumb ? { breadcrumb: withoutContext(article.breadcrumb) } : {}) },
    headline: article.headline,
    description: article.description,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
    author: article.bylines.map((b) => ({ "@type": "Person", name: b.name, url: absoluteUrl(`/authors/${b.slug}`) })),
    publisher: {
      "@type": "Organization",
      name: siteName(),
      url: siteUrl(),
      logo: publisherLogo(),
    },
    ...(article.image
      ? { image: [{ "@type": "ImageObject", url: absoluteUrl(article.image.url), width: article.image.width, height: article.image.height, caption: article.image.alt }] }
      : {}),
    ...(article.section ? { articleSection: article.section } : article.tags.length > 0 ? { articleSection: article.tags[0]?.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name) } : {}),
    ...(corrections.length > 0
      ? { correction: corrections.map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.publishedAt.toISOString() })) }
      : {}),
    isAccessibleForFree: true,
    inLanguage: "en",
  };
}

function withoutContext({ "@context": _context, ...rest }: Record<string, unknown>): Record<string, unknown> {
  return rest;
}

/** schema.org BreadcrumbList: Home, then each crumb (site-relative hrefs made absolute). */
export function buildBreadcrumbJsonLd(trail: { name: string; href: string }[]): Record<string, unknown> {
  const items = [{ name: siteName(), href: "/" }, ...trail];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, name: item.name, item: absoluteUrl(item.href) })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<`, `>` and `&` become
 * \u escapes (still the same JSON), so a headline containing `</script>` or `<!--`
 * cannot end the element or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
