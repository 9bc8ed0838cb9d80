// The embed node: a provider and its parsed identifiers, a caption, a credit and an
// optional poster from the media library. Stored as data only; renderHTML builds the
// placeholder (a plain link to the original, which the reader script may swap for the
// player) from those parts. Browser-safe: the editor uses the same node.
import { Node, mergeAttributes } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { parseMediaUrl } from "@/lib/media/media-url";
import { insertBlock } from "../insert-block";
import { PROVIDERS, isEmbedProvider, parseEmbedUrl, type EmbedParts, type EmbedProvider } from "./providers";

export type EmbedAttrs = {
  provider: EmbedProvider | null;
  parts: EmbedParts;
  caption: string;
  credit: string;
  posterId: string | null;
  posterSrc: string | null;
};

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    embed: { insertEmbed: (attrs: Partial<EmbedAttrs> & Pick<EmbedAttrs, "provider" | "parts">) => ReturnType };
  }
}

const noHtml = { renderHTML: () => ({}) };

/** Reads pasted embed code: which attribute of which element holds the post's address. */
function addressOf(el: HTMLElement): string | null {
  if (el.tagName === "IFRAME") return el.getAttribute("src");
  if (el.classList.contains("twitter-tweet")) {
    const links = [...el.querySelectorAll("a[href]")].map((a) => a.getAttribute("href") ?? "");
    return links.reverse().find((href) => /\/status(es)?\/[0-9]+/.test(href)) ?? null;
  }
  if (el.classList.contains("instagram-media")) return el.getAttribute("data-instgrm-permalink");
  if (el.classList.contains("tiktok-embed")) return el.getAttribute("cite");
  if (el.classList.contains("bluesky-embed")) return blueskyAddress(el.getAttribute("data-bluesky-uri"));
  if (el.classList.contains("mastodon-embed")) return (el.getAttribute("data-embed-url") ?? "").replace(/\/embed$/, "") || null;
  if (el.classList.contains("fb-post") || el.classList.contains("fb-video")) return el.getAttribute("data-href");
  return el.querySelector("a.embed-link")?.getAttribute("href") ?? null;
}

function blueskyAddress(uri: string | null): string | null {
  const m = uri ? /^at:\/\/(did:plc:[a-z2-7]{24})\/app\.bsky\.feed\.post\/([a-z0-9]{10,20})$/.exec(uri) : null;
  return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
}

function parsePasted(el: HTMLElement): { provider: EmbedProvider; parts: EmbedParts } | null {
  const address = addressOf(el);
  if (!address) return null;
  // Dateline's own placeholders may be link cards; code from elsewhere must name a provider.
  const result = parseEmbedUrl(address, { allowLinkCard: el.hasAttribute("data-embed") });
  return result.ok ? result.embed : null;
}

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      provider: { default: null, ...noHtml, parseHTML: (el) => parsePasted(el)?.provider ?? null },
      parts: { default: {}, ...noHtml, parseHTML: (el) => parsePasted(el)?.parts ?? {} },
      caption: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("[data-caption]")?.textContent ?? "").slice(0, 1000) },
      credit: { default: "", ...noHtml, parseHTML: (el) => (el.querySelector("[data-credit]")?.textContent ?? "").slice(0, 200) },
      posterId: { default: null, ...noHtml, parseHTML: (el) => (parseMediaUrl(el.querySelector("img")?.getAttribute("src")) ? el.getAttribute("data-poster-id") : null) },
      posterSrc: { default: null, ...noHtml, parseHTML: (el) => {
        const src = el.querySelector("img")?.getAttribute("src");
        return parseMediaUrl(src) && el.getAttribute("data-poster-id") ? src : null;
      } },
    };
  },

  // Recognised embed code becomes a node; anything else matching these tags is dropped
  // (scripts are never parsed). Ahead of the blockquote rule, which would keep the text.
  parseHTML() {
    const rule = (tag: string) => ({ tag, priority: 100, getAttrs: (el: HTMLElement | string) => (typeof el !== "string" && parsePasted(el) ? null : false) });
    return [
      rule("figure[data-embed]"),
      rule("iframe[src]"),
      rule("blockquote.twitter-tweet"),
      rule("blockquote.instagram-media"),
      rule("blockquote.tiktok-embed"),
      rule("blockquote.bluesky-embed"),
      rule("blockquote.mastodon-embed"),
      rule("div.fb-post"),
      rule("div.fb-video"),
      // Unrecognised frames and script embeds leave nothing behind.
      { tag: "iframe", ignore: true },
      { tag: "blockquote.twitter-tweet", priority: 90, ignore: true },
      { tag: "blockquote.instagram-media", priority: 90, ignore: true },
      { tag: "blockquote.tiktok-embed", priority: 90, ignore: true },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    return renderEmbed(node.attrs as EmbedAttrs, HTMLAttributes);
  },

  addCommands() {
    return {
      insertEmbed:
        (attrs) =>
        (props) =>
          insertBlock(props, { type: this.name, attrs }),
    };
  },
});

/** What a reader is offered: "YouTube video", "X post". */
export function describeEmbed(provider: EmbedProvider): string {
  const spec = PROVIDERS[provider];
  return provider === "link" ? "Link" : `${spec.name} ${spec.kind}`;
}

function shapeClass(provider: EmbedProvider): string {
  const shape = PROVIDERS[provider].shape;
  if ("ratio" in shape) return shape.ratio < 0.6 ? "embed-wide" : shape.ratio < 0.8 ? "embed-landscape" : "embed-portrait";
  return shape.height < 200 ? "embed-short" : shape.height < 300 ? "embed-medium" : "embed-tall";
}

/** The placeholder: a working link to the original; the reader script may load the player in its place. */
export function renderEmbed(attrs: EmbedAttrs, extra: Record<string, unknown> = {}): DOMOutputSpec {
  const provider = isEmbedProvider(attrs.provider) ? attrs.provider : "link";
  const spec = PROVIDERS[provider];
  const parts = attrs.parts ?? {};
  const link = spec.link(parts);
  const player = spec.player(parts);
  const poster = parseMediaUrl(attrs.posterSrc) ? attrs.posterSrc : null;
  const captionParts: unknown[] = [];
  if (attrs.caption) captionParts.push(["span", { "data-caption": "" }, attrs.caption]);
  if (attrs.caption && attrs.credit) captionParts.push(" ");
  if (attrs.credit) captionParts.push(["span", { "data-credit": "", class: "credit block text-xs uppercase tracking-wide" }, attrs.credit]);
  const figcaption = captionParts.length > 0 ? [["figcaption", {}, ...captionParts]] : [];
  const posterImg = poster ? [["img", { src: poster, alt: "", loading: "lazy", decoding: "async", class: "embed-poster" }]] : [];

  if (!player) {
    const host = safeHost(link);
    const card = ["a", { href: link, rel: "noopener noreferrer", class: "embed-card embed-link" }, ...posterImg, ["span", { class: "embed-card-host" }, host], ["span", { class: "embed-card-title" }, attrs.caption || link]];
    return ["figure", mergeAttributes(extra, { class: "embed embed-card-figure", "data-embed": provider, ...posterAttr(attrs, poster) }), card, ...(attrs.credit ? [["figcaption", {}, ["span", { "data-credit": "", class: "credit block text-xs uppercase tracking-wide" }, attrs.credit]]] : [])] as DOMOutputSpec;
  }
  const what = describeEmbed(provider);
  const placeholder = [
    "a",
    {
      href: link,
      rel: "noopener noreferrer",
      class: `embed-placeholder embed-link ${shapeClass(provider)}`,
      "data-embed-player": player,
      "data-embed-provider": provider,
      "data-embed-name": spec.name,
      "data-embed-title": attrs.caption ? `${what}: ${attrs.caption}` : what,
    },
    ...posterImg,
    ["span", { class: "embed-provider" }, what],
    ["span", { class: "embed-action" }, `Open on ${spec.name}`],
    ["span", { class: "embed-note" }, `Nothing loads from ${spec.name} until you choose to.`],
  ];
  return ["figure", mergeAttributes(extra, { class: "embed", "data-embed": provider, ...posterAttr(attrs, poster) }), placeholder, ...figcaption] as DOMOutputSpec;
}

function posterAttr(attrs: EmbedAttrs, poster: string | null): Record<string, string> {
  return poster && attrs.posterId ? { "data-poster-id": attrs.posterId } : {};
}

function safeHost(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, "");
  } catch {
    return href;
  }
}
