// Allowlists for stored content: which nodes, marks and attributes may appear,
// and what each attribute may hold. Anything not listed here is refused.
import { findHrefProblem } from "./link-url";
import { UUID } from "./rule-helpers";
import { FIGURE_RULES, NO_ATTRIBUTES, formatValue, isPlainObject, type AttributeRules } from "./rule-helpers";
import type { ContentMarkType, ContentNodeType } from "./types";
import { STORY_ELEMENT_RULES, STORY_ELEMENT_LABELS } from "./story-element-rules";

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
  ...STORY_ELEMENT_LABELS,
};

const ORDERED_LIST_TYPES: ReadonlySet<unknown> = new Set(["1", "a", "A", "i", "I"]);
const REL_TOKENS: ReadonlySet<string> = new Set(["noopener", "noreferrer", "nofollow", "ugc", "sponsored"]);
const MAX_TITLE_LENGTH = 500;

export const NODE_ATTRIBUTES: Record<ContentNodeType, AttributeRules> = {
  doc: NO_ATTRIBUTES,
  paragraph: NO_ATTRIBUTES,
  text: NO_ATTRIBUTES,
  bulletList: NO_ATTRIBUTES,
  listItem: NO_ATTRIBUTES,
  blockquote: NO_ATTRIBUTES,
  hardBreak: NO_ATTRIBUTES,
  ...STORY_ELEMENT_RULES,
  // Images come only from the media library: src must be one of its addresses.
  figure: { rules: FIGURE_RULES, required: ["mediaId", "src"] },
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
  // Comments on drafts (issue 17): the thread's id and nothing else; stripped before rendering.
  comment: {
    rules: { threadId: (v) => (typeof v === "string" && UUID.test(v) ? null : "A comment mark must name its thread") },
    required: ["threadId"],
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

/** The node-wide check, after each attribute passed on its own. */
export function findNodeCheckProblem(rules: AttributeRules, node: Record<string, unknown>): string | null {
  return rules.check ? rules.check(node) : null;
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


export { formatValue, isPlainObject };
