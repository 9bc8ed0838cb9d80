// What a page needs to know about a document's embeds and article cards, without
// rendering it: the players' origins (for the page's CSP), plain links (feeds, search,
// the content API), and the articles its cards point to. Iterative walks: safe on any
// stored document.
import type { ContentDocument, ContentNode } from "../types";
import { PROVIDERS, findPartsProblem, isEmbedProvider, playerOrigin, type EmbedParts, type ParsedEmbed } from "./providers";

function walk(doc: ContentDocument, visit: (node: ContentNode) => void): void {
  const stack: ContentNode[] = [...(doc.content ?? [])].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) {
      const child = node.content?.[i];
      if (child) stack.push(child);
    }
  }
}

/** The embed a node holds, when it is a valid one. */
export function embedOf(node: ContentNode): ParsedEmbed | null {
  if (node.type !== "embed") return null;
  const provider = node.attrs?.provider;
  const parts = node.attrs?.parts;
  if (!isEmbedProvider(provider) || findPartsProblem(provider, parts)) return null;
  return { provider, parts: parts as EmbedParts };
}

export function listEmbeds(doc: ContentDocument): ParsedEmbed[] {
  const found: ParsedEmbed[] = [];
  walk(doc, (node) => {
    const embed = embedOf(node);
    if (embed) found.push(embed);
  });
  return found;
}

/** Origins of the players this document may load, for the page's frame-src. Sorted, unique. */
export function listEmbedFrameOrigins(doc: ContentDocument): string[] {
  return [...new Set(listEmbeds(doc).flatMap((embed) => playerOrigin(embed) ?? []))].sort();
}

/** An embed as a plain link: "YouTube: <caption>" and the original address. */
export function embedPlainLink(embed: ParsedEmbed, caption = ""): { text: string; href: string } {
  const spec = PROVIDERS[embed.provider];
  const href = spec.link(embed.parts);
  const label = embed.provider === "link" ? "Link" : spec.name;
  return { text: caption ? `${label}: ${caption}` : `${label}: ${href}`, href };
}

/** The plain-text form used by feeds and the Content API: "YouTube: caption — credit (https://…)". */
export function embedPlainText(node: ContentNode): string | null {
  const embed = embedOf(node);
  if (!embed) return null;
  const caption = typeof node.attrs?.caption === "string" ? node.attrs.caption : "";
  const credit = typeof node.attrs?.credit === "string" ? node.attrs.credit.trim() : "";
  const { text, href } = embedPlainLink(embed, caption);
  const credited = credit ? `${text} — ${credit}` : text;
  return caption ? `${credited} (${href})` : credited;
}

/** Ids of the articles the document's cards point to, in order, unique. */
export function listArticleCardIds(doc: ContentDocument): string[] {
  const ids = new Set<string>();
  walk(doc, (node) => {
    if (node.type === "articleCard" && typeof node.attrs?.articleId === "string") ids.add(node.attrs.articleId);
  });
  return [...ids];
}
