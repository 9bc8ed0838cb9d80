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
