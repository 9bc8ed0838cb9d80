// What a reader page puts in its <head>, rendered by components/site/site-document.tsx.
export type PageMeta = {
  /** Without the site name; none means the site name alone (the front page). */
  title?: string;
  description?: string;
  /** Absolute canonical URL. */
  canonical?: string;
  /** e.g. "noindex, follow". */
  robots?: string;
  /** RSS feeds to announce (absolute or site-relative addresses). */
  feeds?: { href: string; title: string }[];
  /** <meta name=… content=…> pairs (author, keywords, twitter:*). */
  names?: [string, string][];
  /** <meta property=… content=…> pairs (og:*, article:*). */
  properties?: [string, string][];
  /** Structured data (schema.org), escaped by serializeJsonLd. */
  jsonLd?: unknown;
  /** Same-origin scripts (only the embed loader, on pages with embeds: issue 15). */
  scripts?: string[];
};
