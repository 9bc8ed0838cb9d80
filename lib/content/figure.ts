// An image from the media library, with alt text, caption and credit. Its `src` can
// only be one of Dateline's own media addresses (checked here for pasted HTML and
// in content-rules.ts for stored JSON); the renderer builds srcset/sizes from it and
// sets width and height so the page does not shift while the image loads.
import { Node, mergeAttributes } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { ARTICLE_IMAGE_SIZES, EXTENSION, parseMediaUrl, srcSet, type ImageFormat } from "@/lib/media/media-url";

export type FigureAttrs = {
  mediaId: string | null;
  src: string | null;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  widths: number[];
};

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType };
  }
}

const noHtml = { renderHTML: () => ({}) };

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { default: null, ...noHtml, parseHTML: (el) => el.getAttribute("data-media-id") },
      src: { default: null, ...noHtml, parseHTML: (el) => el.querySelector("img")?.getAttribute("src") ?? null },
      alt: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("img")?.getAttribute("alt") ?? "").slice(0, 500) },
      caption: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("[data-caption]")?.textContent ?? "").slice(0, 1000) },
      credit: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("[data-credit]")?.textContent ?? "").slice(0, 200) },
      width: { default: null, ...noHtml, parseHTML: (el) => toInt(el.querySelector("img")?.getAttribute("width")) },
      height: { default: null, ...noHtml, parseHTML: (el) => toInt(el.querySelector("img")?.getAttribute("height")) },
      widths: {
        default: [],
        ...noHtml,
        parseHTML: (el) => (el.getAttribute("data-widths") ?? "").split(",").map(Number).filter((n) => Number.isSafeInteger(n) && n > 0).slice(0, 12),
      },
    };
  },

  // Only figures copied from a Dateline page come back in on paste; other <img> are dropped.
  parseHTML() {
    return [
      {
        tag: "figure[data-media-id]",
        getAttrs: (el) => (parseMediaUrl((el as HTMLElement).querySelector("img")?.getAttribute("src")) ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return renderFigure(node.attrs as FigureAttrs, HTMLAttributes);
  },

  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

function toInt(value: string | null | undefined): number | null {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export function renderFigure(attrs: FigureAttrs, extra: Record<string, unknown> = {}): DOMOutputSpec {
  const parsed = parseMediaUrl(attrs.src);
  const widths = Array.isArray(attrs.widths) && attrs.widths.length > 0 ? attrs.widths : parsed ? [parsed.width] : [];
  const img = [
    "img",
    {
      src: parsed ? attrs.src : "",
      srcset: parsed ? srcSet(parsed.key, widths, parsed.ext) : null,
      sizes: parsed ? ARTICLE_IMAGE_SIZES : null,
      alt: attrs.alt ?? "",
      width: attrs.width ?? null,
      height: attrs.height ?? null,
      loading: "lazy",
      decoding: "async",
    },
  ] as DOMOutputSpec;
  const picture: DOMOutputSpec =
    parsed && parsed.ext !== EXTENSION.webp
      ? ["picture", {}, ["source", { type: "image/webp", srcset: srcSet(parsed.key, widths, "webp"), sizes: ARTICLE_IMAGE_SIZES }], img]
      : ["picture", {}, img];
  const captionParts: unknown[] = [];
  if (attrs.caption) captionParts.push(["span", { "data-caption": "" }, attrs.caption]);
  // The space keeps caption and credit apart in text and to screen readers; the credit
  // sits on its own smaller line.
  if (attrs.caption && attrs.credit) captionParts.push(" ");
  if (attrs.credit) captionParts.push(["span", { "data-credit": "", class: "credit block text-xs uppercase tracking-wide" }, attrs.credit]);
  const figureAttrs = mergeAttributes(extra, { "data-media-id": attrs.mediaId ?? "", "data-widths": widths.join(",") });
  return captionParts.length > 0 ? ["figure", figureAttrs, picture, ["figcaption", {}, ...captionParts]] : ["figure", figureAttrs, picture];
}

export type { ImageFormat };
