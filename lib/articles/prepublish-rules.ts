// The pre-publish check's rules, shared by the server (which enforces the blocking ones on
// publish, schedule and every save of a live or scheduled article) and the checklist panel
// in the article form (which shows them, and the warnings, before the button is pressed).
// Pure and browser-safe: what needs the database (which linked articles are public) is
// passed in.
import type { ContentDocument, ContentNode } from "@/lib/content/types";
import { HEADLINE_MAX } from "@/lib/articles/schema";
import { documentToPlainText } from "@/lib/content/plain-text";
import { findImagesMissingAlt } from "@/lib/media/find-images-missing-alt";

/** Search results show about this many characters of a title before cutting it. */
export const HEADLINE_SEARCH_MAX = 70;
/** …and about this many of a description (the standfirst is the page's description). */
export const STANDFIRST_SEARCH_MAX = 160;

/** How long a headline or standfirst is, as people count: characters (code points), trimmed. */
export function countCharacters(text: string): number {
  return [...text.trim()].length;
}

export type CheckField = "body" | "headline" | "bylines" | "featuredImage" | "standfirst" | "tags";
export type CheckItem = { code: string; field: CheckField; message: string };

export type CheckInput = {
  headline: string;
  standfirst: string;
  body: ContentDocument;
  bylineCount: number;
  tagCount: number;
  /** The featured image, null for none, undefined where it is not known (the form's checklist). */
  featuredImage: { alt: string } | null | undefined;
  /** Slugs of Dateline articles the body links to, with what was found for each. */
  links: Map<string, "public" | "unpublished" | "missing">;
};

export type CheckResult = { blocking: CheckItem[]; warnings: CheckItem[] };

export function checkBeforePublishing(input: CheckInput): CheckResult {
  const blocking: CheckItem[] = [];
  const warnings: CheckItem[] = [];
  const text = documentToPlainText(input.body).trim();
  if (!text) blocking.push({ code: "empty-body", field: "body", message: "The body is empty: write the article." });
  const missingAlt = findImagesMissingAlt(input.body);
  if (missingAlt > 0) {
    blocking.push({
      code: "image-alt",
      field: "body",
      message: `${missingAlt === 1 ? "An image has" : `${missingAlt} images have`} no alt text: select ${missingAlt === 1 ? "it" : "each"}, then “Edit image”.`,
    });
  }
  if (input.featuredImage && !input.featuredImage.alt.trim()) {
    blocking.push({ code: "featured-alt", field: "featuredImage", message: "The featured image has no alt text: add it in the media library." });
  }
  if (input.bylineCount === 0) blocking.push({ code: "no-byline", field: "bylines", message: "No byline: name at least one person in Bylines." });
  const length = countCharacters(input.headline);
  if (length > HEADLINE_MAX) {
    blocking.push({ code: "headline-limit", field: "headline", message: `The headline is ${length} characters; the limit is ${HEADLINE_MAX}.` });
  } else if (length > HEADLINE_SEARCH_MAX) {
    warnings.push({ code: "headline-search", field: "headline", message: `The headline is ${length} characters; search results show about ${HEADLINE_SEARCH_MAX}.` });
  }
  for (const [slug, found] of input.links) {
    if (found === "public") continue;
    blocking.push({
      code: "internal-link",
      field: "body",
      message: found === "missing" ? `The link to /articles/${slug} goes to no Dateline article: fix or remove it.` : `The link to /articles/${slug} goes to an article readers cannot see yet: publish that one first, or remove the link.`,
    });
  }
  if (!input.standfirst.trim()) warnings.push({ code: "no-standfirst", field: "standfirst", message: "No standfirst: search results and social cards will use the first lines instead." });
  if (input.tagCount === 0) warnings.push({ code: "no-tag", field: "tags", message: "No tag: the story will not appear on any tag page." });
  if (input.featuredImage === null) warnings.push({ code: "no-image", field: "featuredImage", message: "No featured image: social cards will show none." });
  return { blocking, warnings };
}

/** The slugs of Dateline articles a document links to (`/articles/<slug>`, relative or on the site's address). */
export function findArticleLinks(doc: ContentDocument, siteOrigin: string): string[] {
  const slugs = new Set<string>();
  const origin = siteOrigin.replace(/\/+$/, "").toLowerCase();
  walk(doc, (node) => {
    for (const mark of node.marks ?? []) {
      const href = mark.type === "link" && typeof mark.attrs?.href === "string" ? mark.attrs.href : "";
      const path = href.toLowerCase().startsWith(`${origin}/`) ? href.slice(origin.length) : href;
      const match = /^\/articles\/([a-z0-9-]{1,96})\/?(?:[?#].*)?$/.exec(path);
      if (match) slugs.add(match[1]!);
    }
  });
  return [...slugs].slice(0, 200);
}

function walk(doc: ContentDocument, visit: (node: ContentNode) => void): void {
  const stack: ContentNode[] = [...(doc.content ?? [])].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    if (node.content) stack.push(...[...node.content].reverse());
  }
}
