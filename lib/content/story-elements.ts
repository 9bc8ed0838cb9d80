// Story elements: pull quote, fact box, table, gallery, article card. (The divider is
// StarterKit's horizontal rule.) Browser-safe; each renders plain, accessible HTML that
// needs no script and prints (print styles in app/globals.css).
import { Node, mergeAttributes } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { parseMediaUrl } from "@/lib/media/media-url";
import { renderFigure, type FigureAttrs } from "./figure";
import { insertBlock } from "./insert-block";
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "./story-element-rules";

const noHtml = { renderHTML: () => ({}) };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    storyElements: {
      insertPullQuote: (attrs?: { attribution?: string; text?: string }) => ReturnType;
      insertDivider: () => ReturnType;
      insertFactBox: (attrs?: { title?: string }) => ReturnType;
      insertTable: (size: { rows: number; columns: number; caption?: string }) => ReturnType;
      insertGallery: (attrs: GalleryAttrs) => ReturnType;
      insertArticleCard: (attrs: { articleId: string; label: string }) => ReturnType;
    };
  }
}

/** A quotation set large, with who said it. Its text is inline: bold and italic only. */
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "text*",
  marks: "bold italic",
  defining: true,
  addAttributes() {
    return { attribution: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("figcaption")?.textContent ?? "").replace(/^—\s*/, "").slice(0, 200) } };
  },
  parseHTML() {
    return [{ tag: "figure.pull-quote", contentElement: "blockquote > p" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const attribution = String(node.attrs.attribution ?? "");
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "pull-quote" }),
      ["blockquote", {}, ["p", {}, 0]],
      ...(attribution ? [["figcaption", {}, `— ${attribution}`]] : []),
    ] as DOMOutputSpec;
  },
  addCommands() {
    return {
      insertPullQuote:
        (attrs = {}) =>
        (props) =>
          insertBlock(props, { type: this.name, attrs: { attribution: attrs.attribution ?? "" }, content: [{ type: "text", text: attrs.text || "Quotation" }] }),
      insertDivider:
        () =>
        (props) =>
          insertBlock(props, { type: "horizontalRule" }),
    };
  },
});

/** A boxed aside: a title and a few short paragraphs or a list. */
export const FactBox = Node.create({
  name: "factBox",
  group: "block",
  content: "(paragraph | bulletList | orderedList)+",
  defining: true,
  addAttributes() {
    return { title: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector(".fact-box-title")?.textContent ?? "").slice(0, 200) } };
  },
  parseHTML() {
    return [{ tag: "aside.fact-box", contentElement: ".fact-box-body" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ["aside", mergeAttributes(HTMLAttributes, { class: "fact-box" }), ["p", { class: "fact-box-title" }, String(node.attrs.title || "Fact box")], ["div", { class: "fact-box-body" }, 0]];
  },
  addCommands() {
    return {
      insertFactBox:
        (attrs = {}) =>
        (props) =>
          insertBlock(props, { type: this.name, attrs: { title: attrs.title ?? "" }, content: [{ type: "paragraph" }] }),
    };
  },
});

/**
 * A table: the first row is the header row (th scope="col"), the rest are cells. On a
 * phone it scrolls sideways inside a labelled, focusable region, so nothing is cut off.
 */
export const Table = Node.create({
  name: "table",
  group: "block",
  content: "tableRow+",
  isolating: true,
  addAttributes() {
    return { caption: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("caption")?.textContent ?? "").trim().slice(0, 300) } };
  },
  // Pasted tables come in only when they fit the rules (2 to 100 rows of equal length,
  // at most 12 columns); otherwise their cells' text is kept as paragraphs.
  parseHTML() {
    return [
      { tag: "table", getAttrs: (el: HTMLElement | string) => (typeof el !== "string" && fitsTableRules(el) ? null : false) },
      { tag: "caption", ignore: true },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = String(node.attrs.caption ?? "");
    const label = caption ? `Table: ${caption}` : "Table";
    return [
      "div",
      mergeAttributes(HTMLAttributes, { class: "table-scroll", role: "region", "aria-label": label, tabindex: "0" }),
      ["table", {}, ...(caption ? [["caption", {}, caption]] : []), ["tbody", {}, 0]],
    ] as DOMOutputSpec;
  },
  addCommands() {
    return {
      insertTable:
        ({ rows, columns, caption = "" }) =>
        (props) => {
          const r = Math.min(Math.max(rows, 2), MAX_TABLE_ROWS);
          const c = Math.min(Math.max(columns, 1), MAX_TABLE_COLUMNS);
          const row = (type: string) => ({ type: "tableRow", content: Array.from({ length: c }, () => ({ type, content: [{ type: "paragraph" }] })) });
          return insertBlock(props, { type: this.name, attrs: { caption }, content: [row("tableHeader"), ...Array.from({ length: r - 1 }, () => row("tableCell"))] });
        },
    };
  },
});

export const TableRow = Node.create({
  name: "tableRow",
  content: "(tableHeader | tableCell)+",
  parseHTML: () => [{ tag: "tr", getAttrs: (el: HTMLElement | string) => (inFittingTable(el) ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ["tr", HTMLAttributes, 0],
});

function fitsTableRules(table: HTMLElement): boolean {
  const rows = [...table.querySelectorAll("tr")].filter((row) => row.closest("table") === table);
  if (rows.length < 2 || rows.length > 100) return false;
  const width = rows[0]!.children.length;
  return width >= 1 && width <= 12 && rows.every((row) => row.children.length === width && [...row.children].every((cell) => !cell.hasAttribute("colspan") && !cell.hasAttribute("rowspan")));
}

// Rows and cells of a table that does not fit are not table nodes (or ProseMirror would
// wrap them in a new, unfitting table); their text is parsed as paragraphs.
function inFittingTable(el: HTMLElement | string): boolean {
  const table = typeof el === "string" ? null : el.closest("table");
  return table !== null && fitsTableRules(table);
}

// The first row is always the header row, whether it was written with <th> or <td>.
function isFirstRow(el: HTMLElement | string): boolean {
  if (typeof el === "string") return false;
  const table = el.closest("table");
  return table !== null && table.querySelector("tr") === el.parentElement;
}

export const TableHeader = Node.create({
  name: "tableHeader",
  content: "paragraph+",
  isolating: true,
  parseHTML: () => ["th", "td"].map((tag) => ({ tag, getAttrs: (el: HTMLElement | string) => (inFittingTable(el) && isFirstRow(el) ? null : false) })),
  renderHTML: ({ HTMLAttributes }) => ["th", mergeAttributes(HTMLAttributes, { scope: "col" }), 0],
});

export const TableCell = Node.create({
  name: "tableCell",
  content: "paragraph+",
  isolating: true,
  parseHTML: () => ["td", "th"].map((tag) => ({ tag, getAttrs: (el: HTMLElement | string) => (inFittingTable(el) && !isFirstRow(el) ? null : false) })),
  renderHTML: ({ HTMLAttributes }) => ["td", HTMLAttributes, 0],
});

export type GalleryImage = Omit<FigureAttrs, "widths"> & { widths?: number[] };
export type GalleryAttrs = { images: GalleryImage[]; caption: string };

/** Two to twelve library images, each with its caption and credit. */
export const Gallery = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      images: { default: [], ...noHtml, parseHTML: (el) => parseGalleryImages(el) },
      caption: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector(":scope > figcaption")?.textContent ?? "").slice(0, 1000) },
    };
  },
  parseHTML() {
    return [{ tag: "figure.gallery" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const { images, caption } = node.attrs as GalleryAttrs;
    const list = Array.isArray(images) ? images : [];
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "gallery" }),
      ["ul", { class: "gallery-list" }, ...list.map((image) => ["li", {}, renderFigure({ ...image, widths: image.widths ?? [] })])],
      ["figcaption", { class: "gallery-caption" }, caption ? `Gallery: ${caption}` : `Gallery of ${list.length} images`],
    ] as DOMOutputSpec;
  },
  addCommands() {
    return {
      insertGallery:
        (attrs) =>
        (props) =>
          insertBlock(props, { type: this.name, attrs }),
    };
  },
});

function parseGalleryImages(el: HTMLElement): GalleryImage[] {
  return [...el.querySelectorAll("li > figure[data-media-id]")].slice(0, 12).flatMap((figure) => {
    const img = figure.querySelector("img");
    const src = img?.getAttribute("src") ?? "";
    if (!parseMediaUrl(src)) return [];
    const n = (v: string | null | undefined) => (Number.isSafeInteger(Number(v)) && Number(v) > 0 ? Number(v) : null);
    return [{
      mediaId: figure.getAttribute("data-media-id"),
      src,
      alt: (img?.getAttribute("alt") ?? "").slice(0, 500),
      caption: (figure.querySelector("[data-caption]")?.textContent ?? "").slice(0, 1000),
      credit: (figure.querySelector("[data-credit]")?.textContent ?? "").slice(0, 200),
      width: n(img?.getAttribute("width")),
      height: n(img?.getAttribute("height")),
    }];
  });
}

/** What the page shows of a card's article, looked up when the page renders. */
export type CardTarget = { headline: string; slug: string; standfirst: string };

/**
 * A card linking to another Dateline article. Only its id is stored (and `label`, the
 * headline when it was picked, for the editor). The reader page looks up the article's
 * current headline at render time (`current`, never stored); a card whose article is not
 * public is removed before rendering (lib/content/render-html.ts).
 */
export const ArticleCard = Node.create({
  name: "articleCard",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      articleId: { default: null, ...noHtml, parseHTML: (el) => el.getAttribute("data-article-id") },
      label: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector(".article-card-headline")?.textContent ?? "").slice(0, 300) },
      current: { default: null, ...noHtml, parseHTML: () => null },
    };
  },
  parseHTML() {
    return [{ tag: "div.article-card[data-article-id]" }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const current = node.attrs.current as CardTarget | null;
    const attrs = mergeAttributes(HTMLAttributes, { class: "article-card", "data-article-id": String(node.attrs.articleId ?? "") });
    if (!current) return ["div", attrs, ["p", { class: "article-card-kicker" }, "Article card"], ["p", { class: "article-card-headline" }, String(node.attrs.label || "An article")]];
    return [
      "div",
      attrs,
      ["p", { class: "article-card-kicker" }, "Read more"],
      ["p", { class: "article-card-headline" }, ["a", { href: `/articles/${current.slug}` }, current.headline]],
      ...(current.standfirst ? [["p", { class: "article-card-standfirst" }, current.standfirst]] : []),
    ] as DOMOutputSpec;
  },
  addCommands() {
    return {
      insertArticleCard:
        (attrs) =>
        (props) =>
          insertBlock(props, { type: this.name, attrs }),
    };
  },
});
