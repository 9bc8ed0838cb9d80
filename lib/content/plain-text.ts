import type { ContentDocument, ContentNode } from "./types";
import { embedPlainText } from "./embeds/embed-info";

const TEXTBLOCK_TYPES: ReadonlySet<string> = new Set(["paragraph", "heading", "pullQuote"]);

/**
 * Text of every paragraph and heading, in order, separated by blank lines, with the words
 * around them that readers see: embed, image and gallery captions and credits, table
 * captions, fact box titles, pull quote attributions. Search indexes the same words
 * (`dateline_document_text` in SQL; tests/integration/element-search.test.ts keeps them equal).
 */
export function documentToPlainText(doc: ContentDocument): string {
  return collectBlocks(doc).blocks.join("\n\n");
}

/** Counts runs that contain a letter or digit, so "—" or "(…)" are not words. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Adult silent reading speed for non-fiction, about 230 words a minute. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read so many words, at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** One-line summary of at most maxChars characters, cut at a word boundary. */
export function excerptDocument(doc: ContentDocument, maxChars = 160): string {
  // Only the opening words are needed: a long story's text is collected only until there
  // is enough of it (a card's summary walked whole bodies: about 0.3 ms a card for the
  // sample article). Whitespace collapses, so "enough" is judged on the collapsed text,
  // and collecting goes on, in larger steps, while that is still short. Once it is longer
  // than maxChars its first maxChars characters are those of the whole text's.
  for (let budget = maxChars * 4; ; budget *= 4) {
    const { blocks, complete } = collectBlocks(doc, budget);
    const text = blocks.join(" ").replace(/\s+/gu, " ").trim();
    // Count code points so an emoji is never split in half.
    const chars = Array.from(text);
    if (chars.length <= maxChars && !complete) continue;
    if (chars.length <= maxChars) return text;

    const cut = chars.slice(0, Math.max(maxChars - 1, 0)).join("");
    const nextIsSpace = /\s/u.test(chars[maxChars - 1] ?? "");
    const lastSpace = cut.lastIndexOf(" ");
    // Keep whole words unless the first word alone is longer than the limit.
    const kept = nextIsSpace || lastSpace <= 0 ? cut : cut.slice(0, lastSpace);
    return `${kept.replace(/[\s,;:.!?…–—-]+$/u, "")}…`;
  }
}

// Iterative so an unvalidated, deeply nested document cannot overflow the stack. Stops
// once the blocks hold more than `enough` characters (complete: false).
function collectBlocks(doc: ContentDocument, enough = Infinity): { blocks: string[]; complete: boolean } {
  const blocks: string[] = [];
  let length = 0;
  const add = (text: string) => {
    blocks.push(text);
    length += text.length + 1;
  };
  const stack: ContentNode[] = [...(doc.content ?? [])].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (length > enough) return { blocks, complete: false };
    if (TEXTBLOCK_TYPES.has(node.type)) {
      const text = joinText(inlineText(node), node.type === "pullQuote" ? textAttr(node.attrs, "attribution") : "");
      if (text) add(text);
      continue;
    }
    // Embeds travel as plain links: "YouTube: caption — credit (https://…)".
    if (node.type === "embed") {
      const link = embedPlainText(node);
      if (link) add(link);
      continue;
    }
    if (node.type === "figure" || node.type === "gallery") {
      const images: unknown[] = node.type === "gallery" && Array.isArray(node.attrs?.images) ? node.attrs.images : [];
      for (const text of [captionAndCredit(node.attrs), ...images.map(captionAndCredit)]) if (text) add(text);
      continue;
    }
    const title = node.type === "factBox" ? textAttr(node.attrs, "title") : node.type === "table" ? textAttr(node.attrs, "caption") : "";
    if (title) add(title);
    for (let i = (node.content?.length ?? 0) - 1; i >= 0; i--) {
      const child = node.content?.[i];
      if (child) stack.push(child);
    }
  }
  return { blocks, complete: true };
}

function textAttr(attrs: unknown, name: string): string {
  const value = typeof attrs === "object" && attrs !== null ? (attrs as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" ? value.trim() : "";
}

function joinText(text: string, credit: string): string {
  return [text.trim(), credit].filter(Boolean).join(" — ");
}

/** "caption — credit" of an image or a gallery (a gallery has no credit of its own). */
function captionAndCredit(attrs: unknown): string {
  return joinText(textAttr(attrs, "caption"), textAttr(attrs, "credit"));
}

function inlineText(block: ContentNode): string {
  return (block.content ?? [])
    .map((inline) => (inline.type === "hardBreak" ? "\n" : (inline.text ?? "")))
    .join("");
}
