// The `comment` mark (issue 17, comments on drafts): the words a comment thread is about,
// carrying the thread's id. It lives in the stored document so ProseMirror maps it through
// every edit and revisions keep it; readers never see it (stripCommentMarks, used by the
// one renderer and the Content API). Browser-safe: the editor and the server share it.
import { Mark } from "@tiptap/core";

import type { ContentDocument, ContentNode } from "./types";

export const COMMENT_MARK = "comment";
/** Transaction meta of the editor's copy of a mark the server already stored (not an unsaved change). */
export const COMMENT_ANCHOR_META = "datelineCommentAnchor";
/** More threads on the very same words than this is refused by validation. */
export const MAX_COMMENT_MARKS_PER_TEXT = 10;

export const CommentMark = Mark.create({
  name: COMMENT_MARK,
  // Typing at either edge does not grow the commented words.
  inclusive: false,
  // Threads may overlap: several comment marks (different ids) on the same text.
  excludes: "",
  // Never read from pasted HTML: a comment is created by its thread, not copied in.
  parseHTML() {
    return [];
  },
  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: () => null,
        renderHTML: (attributes: Record<string, unknown>) => ({ "data-comment-thread": attributes.threadId }),
      },
    };
  },
  renderHTML({ HTMLAttributes }) {
    return ["span", { ...HTMLAttributes, class: "comment-anchor" }, 0];
  },
});

/**
 * A copy of the document without comment marks, adjacent text runs with the same
 * formatting joined again, so nothing (not even a split) shows where a thread was.
 * Iterative: safe on any validated document.
 */
export function stripCommentMarks<T extends ContentDocument | ContentNode>(doc: T): T {
  return stripCommentMarksInPlace(structuredClone(doc));
}

/** The same, on a document the caller owns (the renderer's validated copy): no second copy. */
export function stripCommentMarksInPlace<T extends ContentDocument | ContentNode>(doc: T): T {
  const copy = doc as ContentNode;
  const stack: ContentNode[] = [copy];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!Array.isArray(node.content)) continue;
    const joined: ContentNode[] = [];
    for (const child of node.content) {
      if (Array.isArray(child.marks)) {
        const kept = child.marks.filter((mark) => mark.type !== COMMENT_MARK);
        if (kept.length) child.marks = kept;
        else delete child.marks;
      }
      const previous = joined.at(-1);
      if (child.type === "text" && previous?.type === "text" && sameMarks(previous, child)) {
        previous.text = `${previous.text ?? ""}${child.text ?? ""}`;
        continue;
      }
      joined.push(child);
    }
    node.content = joined;
    stack.push(...joined);
  }
  return copy as T;
}

/** The thread ids anchored in a document, in document order, each once. */
export function listCommentThreadIds(doc: ContentDocument | ContentNode): string[] {
  const ids = new Set<string>();
  const stack: ContentNode[] = [doc as ContentNode];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const mark of Array.isArray(node.marks) ? node.marks : []) {
      if (mark.type === COMMENT_MARK && typeof mark.attrs?.threadId === "string") ids.add(mark.attrs.threadId);
    }
    const content = Array.isArray(node.content) ? node.content : [];
    for (let i = content.length - 1; i >= 0; i--) {
      const child = content[i];
      if (child) stack.push(child);
    }
  }
  return [...ids];
}

function sameMarks(a: ContentNode, b: ContentNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}
