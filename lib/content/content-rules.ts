// Allowlists for stored content: which nodes, marks and attributes may appear,
// and what each attribute may hold. Anything not listed here is refused.
import { findHrefProblem } from "./link-url";
import { parseMediaUrl } from "@/lib/media/media-url";
import type { ContentMarkType, ContentNodeType } from "./types";

/** Returns a problem message, or null when the value is fine. */
type AttributeRule = (value: unknown) => string | null;

type AttributeRules = {
  rules: Record<string, AttributeRule>;
  required: readonly string[];
};

const NO_ATTRIBUTES: AttributeRules = { rules: {}, required: [] };

/** Words for messages, so people read "numbered list" rather than "orderedList". */
export const NODE_LABELS: Record<ContentNodeType, string> = {
  doc: "document",
  paragraph: "paragraph",
  text: "text node",
  heading: "heading",
  bulletList: "bulleted list",
  orderedList: "numbered list",
  listItem: "list item",
  blockquote: "quote",
  hardBreak: "line break",
  figure: "image",
};

const ORDERED_LIST_TYPES: ReadonlySet<unknown> = new Set(["1", "a", "A", "i", "I"]);
const REL_TOKENS: ReadonlySet<string> = new Set(["noopener", "noreferrer", "nofollow", "ugc", "sponsored"]);
const MAX_TITLE_LENGTH = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const textUpTo = (max: number, what: string): AttributeRule => (v) =>
  typeof v === "string" && v.length <= max ? null : `An image's ${what} must be text of at most ${max} characters`;
const pixels = (what: string): AttributeRule => (v) =>
  v === null || (Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 20_000) ? null : `An image's ${what} must be a whole number of pixels`;

export const NODE_ATTRIBUTES: Record<ContentNodeType, AttributeRules> = {
  doc: NO_ATTRIBUTES,
  paragraph: NO_ATTRIBUTES,
  text: NO_ATTRIBUTES,
  bulletList: NO_ATTRIBUTES,
  listItem: NO_ATTRIBUTES,
  blockquote: NO_ATTRIBUTES,
  hardBreak: NO_ATTRIBUTES,
  // Images come only from the media library: src must be one of its addresses.
  figure: {
    rules: {
      mediaId: (v) => (typeof v === "string" && UUID.test(v) ? null : "An image must come from the media library"),
      src: (v) => (parseMediaUrl(v) ? null : `Images must come from the media library (found ${formatValue(v)})`),
      alt: textUpTo(500, "alt text"),
      caption: textUpTo(1000, "caption"),
      credit: textUpTo(200, "credit"),
      width: pixels("width"),
      height: pixels("height"),
      widths: (v) =>
        Array.isArray(v) && v.length <= 12 && v.every((n) => Number.isSafeInteger(n) && n >= 1 && n <= 10_000)
          ? null
          : "An image's widths must be a short list of whole numbers",
    },
    required: ["mediaId", "src"],
  },
  // Level 1 is the article headline, so the body only has levels 2 and 3.
  heading: {
    rules: { level: (v) => (v === 2 || v === 3 ? null : `Heading level must be 2 or 3 (found ${formatValue(v)})`) },
    required: ["level"],
  },
  // Tiptap 3 emits { start: 1, type: null }; `type` is the HTML <ol type> marker.
  orderedList: {
    rules: {
      start: (v) =>
        Number.isSafeInteger(v) && (v as number) >= 1
          ? null
          : `A numbered list must start at a whole number of 1 or more (found ${formatValue(v)})`,
      type: (v) =>
        v === null || ORDERED_LIST_TYPES.has(v)
          ? null
          : `Numbered list style must be one of 1, a, A, i, I (found ${formatValue(v)})`,
    },
    required: [],
  },
};

export const MARK_ATTRIBUTES: Record<ContentMarkType, AttributeRules> = {
  bold: NO_ATTRIBUTES,
  italic: NO_ATTRIBUTES,
  // Tiptap 3's link mark emits { href, target, rel, class, title }. The renderer
  // decides rel and target itself, so stored values may only be empty or harmless.
  link: {
    rules: {
      href: (v) => (typeof v === "string" ? findHrefProblem(v) : "A link has no address"),
      target: (v) => (v === null ? null : "Links cannot open in a new window or tab (target must be empty)"),
      rel: (v) => (v === null || isRelList(v) ? null : `Unsupported link rel ${formatValue(v)}`),
      class: (v) => (v === null ? null : "Links cannot carry a CSS class"),
      title: (v) =>
        v === null || (typeof v === "string" && v.length <= MAX_TITLE_LENGTH)
          ? null
          : `A link title must be text of at most ${MAX_TITLE_LENGTH} characters`,
    },
    required: ["href"],
  },
};

export function isContentNodeType(type: string): type is ContentNodeType {
  return Object.hasOwn(NODE_LABELS, type);
}

export function isContentMarkType(type: string): type is ContentMarkType {
  return Object.hasOwn(MARK_ATTRIBUTES, type);
}

/**
 * Checks `attrs` against an allowlist. `owner` names what carries them, with its
 * article, for messages: "a heading", "bold formatting".
 */
export function findAttributeProblem(owner: string, rules: AttributeRules, attrs: unknown): string | null {
  if (attrs === undefined) return findMissing(owner, rules, {});
  if (!isPlainObject(attrs)) return `The attributes of ${owner} must be an object`;
  for (const [name, value] of Object.entries(attrs)) {
    const rule = Object.hasOwn(rules.rules, name) ? rules.rules[name] : undefined;
    if (!rule) return `Unsupported attribute ${formatValue(name)} on ${owner}`;
    const problem = rule(value);
    if (problem) return problem;
  }
  return findMissing(owner, rules, attrs);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function findMissing(owner: string, rules: AttributeRules, attrs: Record<string, unknown>): string | null {
  const missing = rules.required.find((name) => !Object.hasOwn(attrs, name));
  if (!missing) return null;
  if (missing === "href") return "A link has no address";
  return `${owner.charAt(0).toUpperCase()}${owner.slice(1)} is missing its "${missing}" attribute`;
}

function isRelList(value: unknown): boolean {
  if (typeof value !== "string") return false;
  return value.split(/\s+/).every((token) => token === "" || REL_TOKENS.has(token.toLowerCase()));
}

/** Short, quoted form of a value for messages; never serializes nested input. */
export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  if (typeof value !== "string") return String(value).slice(0, 40);
  return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
}
