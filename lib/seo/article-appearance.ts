// How an article looks in a search result and a social card: its <title>, description,
// address, and the card's title, description and image. Pure and browser-safe (no
// settings, no database): the reader page builds its metadata from it
// (lib/seo/article-metadata.ts) and the editor's preview calls it on the form's current
// values (components/admin/appearance-panel.tsx), so the two cannot disagree.
import { excerptDocument } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import { HEADLINE_SEARCH_MAX } from "@/lib/articles/prepublish-rules";

/** The meta description when there is no standfirst: the body's opening, cut at a word. */
export const DESCRIPTION_MAX = 160;
/** Roughly what a search result shows before it cuts a title (the pre-publish check's number) or a snippet. */
export const SEARCH_TITLE_SHOWN = HEADLINE_SEARCH_MAX;
export const SEARCH_DESCRIPTION_SHOWN = 160;

export type SiteIdentity = { name: string; url: string };

export type ArticleAppearanceInput = {
  slug: string;
  headline: string;
  standfirst: string;
  body: ContentDocument | null;
  seoTitle?: string | null;
  socialTitle?: string | null;
  socialDescription?: string | null;
  /** A site-relative or absolute address. */
  image?: { url: string; alt?: string } | null;
};

export type ArticleAppearance = {
  /** The page title without the site's name: the SEO title, else the headline. */
  title: string;
  /** What <title> says. */
  documentTitle: string;
  /** The meta description: the standfirst, else the body's opening. */
  description: string;
  url: string;
  socialTitle: string;
  socialDescription: string;
  image: { url: string; alt?: string } | null;
  /** What each override falls back to, for the editor's placeholders. */
  defaults: { title: string; socialTitle: string; socialDescription: string };
};

export function describeArticleAppearance(article: ArticleAppearanceInput, site: SiteIdentity): ArticleAppearance {
  const description = article.standfirst.trim() || (article.body ? excerptDocument(article.body, DESCRIPTION_MAX) : "");
  const defaults = { title: article.headline, socialTitle: article.headline, socialDescription: description };
  const title = given(article.seoTitle) ?? defaults.title;
  return {
    title,
    documentTitle: documentTitle(title, site.name),
    description,
    url: joinUrl(site.url, `/articles/${article.slug}`),
    socialTitle: given(article.socialTitle) ?? defaults.socialTitle,
    socialDescription: given(article.socialDescription) ?? defaults.socialDescription,
    image: article.image ? { ...article.image, url: joinUrl(site.url, article.image.url) } : null,
    defaults,
  };
}

/** The <title> of every reader page: "<title> · <site>", or the site's name alone. */
export function documentTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} · ${siteName}` : siteName;
}

/** An absolute address on the site (an absolute one is kept). */
export function joinUrl(siteUrl: string, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl}${path.startsWith("/") ? "" : "/"}${path}`;
}

/** Text as a search result shows it: whole words up to max characters, then "…". */
export function truncateForSearch(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?–—-]+$/u, "")} …`;
}

/** An address as search results print it: "host › articles › slug". */
export function searchResultAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return [parsed.host, ...parsed.pathname.split("/").filter(Boolean)].join(" › ");
  } catch {
    return url;
  }
}

function given(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
