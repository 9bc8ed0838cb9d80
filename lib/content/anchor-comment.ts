// Puts a comment thread's mark over a stretch of a stored document, the way the editor
// does, so a thread started from a read-only view (or by a reporter on an editor's
// article) is anchored in the body itself. Pure and browser-safe.
import { Node } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";

import { COMMENT_MARK } from "./comment-mark";
import { contentSchema } from "./schema";
import type { ContentDocument } from "./types";

export type AnchoredComment = { doc: ContentDocument; quote: string };

/**
 * The document with [from, to) marked for the thread, and the words marked, or null
 * when the range is empty, outside the document or holds no text.
 */
export function anchorComment(doc: ContentDocument, from: number, to: number, threadId: string): AnchoredComment | null {
  const node = Node.fromJSON(contentSchema, doc);
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to > node.content.size || from >= to) return null;
  const quote = node.textBetween(from, to, " ", " ").replace(/\s+/gu, " ").trim();
  if (!quote) return null;
  const markType = contentSchema.marks[COMMENT_MARK];
  if (!markType) throw new Error("The content schema has no comment mark");
  const transform = new Transform(node).addMark(from, to, markType.create({ threadId }));
  return { doc: transform.doc.toJSON() as ContentDocument, quote };
}

/**
 * Where `quote` (whitespace collapsed, as threads store it) first stands in the
 * document's text, as textBetween(…, " ", " ") reads it, or null when it is not there.
 */
export function findQuote(node: Node, quote: string): { from: number; to: number } | null {
  const wanted = quote.replace(/\s+/gu, " ").trim();
  if (!wanted) return null;
  // The text, whitespace collapsed, with each character's document position (-1 for
  // the separator between two blocks).
  let text = "";
  const positions: number[] = [];
  const push = (char: string, pos: number) => {
    if (/\s/u.test(char)) {
      if (text.endsWith(" ") || text === "") return;
      text += " ";
      positions.push(pos);
      return;
    }
    text += char;
    positions.push(pos);
  };
  node.descendants((child, pos) => {
    if (child.isText) {
      const value = child.text ?? "";
      for (let i = 0; i < value.length; i++) push(value[i] ?? "", pos + i);
      return false;
    }
    if (child.isBlock && text !== "") push(" ", -1);
    else if (child.isLeaf && child.isInline) push(" ", pos);
    return true;
  });
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const first = positions[at];
  const last = positions[at + wanted.length - 1];
  if (first === undefined || last === undefined || first < 0 || last < 0) return null;
  return { from: first, to: last + 1 };
}

/**
 * Marks the first place where `quote` is the document's text, or returns null when those
 * words are no longer there. Used when a save was based on the version before a thread
 * started: the words are found again in the saved text rather than by position.
 */
export function anchorQuote(doc: ContentDocument, quote: string, threadId: string): ContentDocument | null {
  const node = Node.fromJSON(contentSchema, doc);
  const range = findQuote(node, quote);
  if (!range) return null;
  const markType = contentSchema.marks[COMMENT_MARK];
  if (!markType) throw new Error("The content schema has no comment mark");
  return new Transform(node).addMark(range.from, range.to, markType.create({ threadId })).doc.toJSON() as ContentDocument;
}
