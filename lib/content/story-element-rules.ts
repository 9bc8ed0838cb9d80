// Allowlists for the embed and the story elements (issue 15), merged into content-rules.ts.
import { findPartsProblem, isEmbedProvider, PROVIDERS } from "./embeds/providers";
import { FIGURE_RULES, NO_ATTRIBUTES, UUID, formatValue, isPlainObject, textUpTo, type AttributeRules } from "./rule-helpers";
import { parseMediaUrl } from "@/lib/media/media-url";

export const STORY_ELEMENT_LABELS = {
  horizontalRule: "divider",
  embed: "embed",
  pullQuote: "pull quote",
  factBox: "fact box",
  table: "table",
  tableRow: "table row",
  tableHeader: "table header cell",
  tableCell: "table cell",
  gallery: "gallery",
  articleCard: "article card",
} as const;

export const MAX_TABLE_ROWS = 100;
export const MAX_TABLE_COLUMNS = 12;
export const GALLERY_MIN = 2;
export const GALLERY_MAX = 12;
export const MAX_FACT_BOX_CHARACTERS = 1500;

const embed: AttributeRules = {
  rules: {
    provider: (v) => (isEmbedProvider(v) ? null : `Unsupported embed provider ${formatValue(v)}`),
    // Checked against the provider's own patterns in `check`.
    parts: (v) => (isPlainObject(v) && Object.keys(v).length <= 6 ? null : "An embed's identifiers must be a short object"),
    caption: textUpTo(1000, "caption", "An embed"),
    credit: textUpTo(200, "credit", "An embed"),
    posterId: (v) => (v === null || (typeof v === "string" && UUID.test(v)) ? null : "An embed's poster must come from the media library"),
    posterSrc: (v) => (v === null || parseMediaUrl(v) ? null : "An embed's poster must come from the media library"),
  },
  required: ["provider", "parts"],
  check: (node) => {
    const attrs = node.attrs as Record<string, unknown>;
    if (!isEmbedProvider(attrs.provider)) return "An embed has no provider";
    if ((attrs.posterId ?? null) === null !== ((attrs.posterSrc ?? null) === null)) return `The ${PROVIDERS[attrs.provider].name} embed's poster is incomplete; choose it again from the media library`;
    return findPartsProblem(attrs.provider, attrs.parts);
  },
};

const table: AttributeRules = {
  rules: { caption: textUpTo(300, "caption", "A table") },
  required: [],
  check: (node) => {
    const rows = Array.isArray(node.content) ? (node.content as Array<Record<string, unknown>>) : [];
    if (rows.length < 2) return "A table needs a header row and at least one row of cells";
    if (rows.length > MAX_TABLE_ROWS) return `A table can have at most ${MAX_TABLE_ROWS} rows; split it or link to the data`;
    const columns = Array.isArray(rows[0]?.content) ? (rows[0].content as unknown[]).length : 0;
    if (columns > MAX_TABLE_COLUMNS) return `A table can have at most ${MAX_TABLE_COLUMNS} columns, or it cannot be read on a phone`;
    for (const [index, row] of rows.entries()) {
      const cells = isPlainObject(row) && Array.isArray(row.content) ? (row.content as Array<Record<string, unknown>>) : [];
      if (cells.length !== columns) return `Row ${index + 1} of a table has ${cells.length} cells; every row needs ${columns}`;
      const expected = index === 0 ? "tableHeader" : "tableCell";
      if (cells.some((cell) => !isPlainObject(cell) || cell.type !== expected)) {
        return index === 0 ? "A table's first row must be its header row" : "Only a table's first row can hold header cells";
      }
    }
    return null;
  },
};

const gallery: AttributeRules = {
  rules: {
    images: (v) => {
      if (!Array.isArray(v) || v.length < GALLERY_MIN) return `A gallery needs at least ${GALLERY_MIN} images`;
      if (v.length > GALLERY_MAX) return `A gallery can hold at most ${GALLERY_MAX} images`;
      for (const image of v) {
        if (!isPlainObject(image)) return "Each gallery image must come from the media library";
        for (const [name, value] of Object.entries(image)) {
          const rule = Object.hasOwn(FIGURE_RULES, name) ? FIGURE_RULES[name] : undefined;
          if (!rule) return `Unsupported attribute ${formatValue(name)} on a gallery image`;
          const problem = rule(value);
          if (problem) return problem;
        }
        if (!image.mediaId || !image.src) return "Each gallery image must come from the media library";
      }
      return null;
    },
    caption: textUpTo(1000, "caption", "A gallery"),
  },
  required: ["images"],
};

const articleCard: AttributeRules = {
  rules: {
    articleId: (v) => (typeof v === "string" && UUID.test(v) ? null : "An article card must name an article; pick it again"),
    label: textUpTo(300, "label", "An article card"),
    // Filled in by the page from the article's current headline; never stored.
    current: (v) => (v === null ? null : "An article card cannot store its article's headline"),
  },
  required: ["articleId"],
};

const factBox: AttributeRules = {
  rules: { title: textUpTo(200, "title", "A fact box") },
  required: ["title"],
  check: (node) => {
    const title = (node.attrs as Record<string, unknown> | undefined)?.title;
    if (typeof title !== "string" || title.trim() === "") return "A fact box needs a title";
    return countText(node) > MAX_FACT_BOX_CHARACTERS ? `A fact box holds at most ${MAX_FACT_BOX_CHARACTERS} characters; move the rest into the story` : null;
  },
};

// Iterative; the document is already bounded in size and depth when this runs.
function countText(root: Record<string, unknown>): number {
  let total = 0;
  const stack: unknown[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isPlainObject(node)) continue;
    if (typeof node.text === "string") total += node.text.length;
    if (Array.isArray(node.content)) stack.push(...node.content);
  }
  return total;
}

export const STORY_ELEMENT_RULES: Record<keyof typeof STORY_ELEMENT_LABELS, AttributeRules> = {
  horizontalRule: NO_ATTRIBUTES,
  embed,
  pullQuote: { rules: { attribution: textUpTo(200, "attribution", "A pull quote") }, required: [] },
  factBox,
  table,
  tableRow: NO_ATTRIBUTES,
  tableHeader: NO_ATTRIBUTES,
  tableCell: NO_ATTRIBUTES,
  gallery,
  articleCard,
};
