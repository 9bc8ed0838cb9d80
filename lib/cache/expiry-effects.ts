import "server-only";
import { onExpiry } from "@/lib/cache/freshness.js";
import { clearSearchCache } from "@/lib/search/search-results-cache";
import { forgetAllArticleSlugs, forgetArticleSlugs } from "@/lib/articles/known-slugs";
import { forgetSiteChrome } from "@/lib/site-chrome/load-site-chrome";

// What else goes stale when pages expire, here or in another instance (the listener
// records those): reader searches, and the proxy's set of public article slugs
// (lib/articles/known-slugs.ts), since an expired article page may have stopped being
// public and must answer as an unknown slug at once. Registered once per process by
// instrumentation.ts; lib/cache/freshness.js runs them on every expiry.

const ARTICLE_PATH_TAG = "_N_T_/articles/";
// The layout tags of every folder above an article page: expiring one expires them all.
const ARTICLE_ROUTE_TAGS = new Set(["_N_T_/layout", "_N_T_/(site)/layout", "_N_T_/(site)/articles/layout", "_N_T_/(site)/articles/[slug]/layout"]);

/** The article slugs named by expired tags, or "all" when a tag covers every article page. */
export function articleSlugsExpiredBy(tags: readonly string[]): string[] | "all" {
  const slugs: string[] = [];
  for (const tag of tags) {
    if (ARTICLE_ROUTE_TAGS.has(tag)) return "all";
    if (!tag.startsWith(ARTICLE_PATH_TAG)) continue;
    const slug = tag.slice(ARTICLE_PATH_TAG.length);
    if (slug !== "" && !slug.includes("/")) slugs.push(slug);
  }
  return slugs;
}

/** Does any of these tags name a reader page (not only newsroom pages under /admin)? */
export function touchesReaderPages(tags: readonly string[]): boolean {
  return tags.some((tag) => !tag.startsWith("_N_T_/admin"));
}

// The tag every public page carries: expireEveryPublicPage() (a banner or site identity
// change among others) expires it.
const SITE_WIDE_TAG = "_N_T_/layout";

export function registerExpiryEffects(): void {
  onExpiry("site-chrome", (tags) => {
    if (tags.includes(SITE_WIDE_TAG)) forgetSiteChrome();
  });
  onExpiry("search-results", (tags) => {
    if (touchesReaderPages(tags)) clearSearchCache();
  });
  onExpiry("known-article-slugs", (tags) => {
    const slugs = articleSlugsExpiredBy(tags);
    if (slugs === "all") forgetAllArticleSlugs();
    else if (slugs.length > 0) forgetArticleSlugs(slugs);
  });
}
