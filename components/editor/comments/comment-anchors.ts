"use client";

import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/react";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { COMMENT_ANCHOR_META, COMMENT_MARK } from "@/lib/content/comment-mark";
import { findQuote } from "@/lib/content/anchor-comment";

export type Anchor = { threadId: string; from: number; to: number };

/** Where each thread's marked words are in the document now (first to last marked character). */
export function readAnchors(doc: ProseMirrorNode): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK || typeof mark.attrs.threadId !== "string") continue;
      const end = pos + node.nodeSize;
      const seen = anchors.get(mark.attrs.threadId);
      if (seen) seen.to = Math.max(seen.to, end);
      else anchors.set(mark.attrs.threadId, { threadId: mark.attrs.threadId, from: pos, to: end });
    }
  });
  return anchors;
}

/** The threads whose words hold the cursor, innermost last. */
function threadsAtCursor(editor: Editor): string[] {
  const { $from } = editor.state.selection;
  return $from
    .marks()
    .filter((mark) => mark.type.name === COMMENT_MARK)
    .map((mark) => String(mark.attrs.threadId));
}

/** The anchors, kept current as the document changes, and the threads under the cursor. */
export function useCommentAnchors(editor: Editor | null): { anchors: Map<string, Anchor>; atCursor: string[] } {
  const [anchors, setAnchors] = useState<Map<string, Anchor>>(() => new Map());
  const [atCursor, setAtCursor] = useState<string[]>([]);
  useEffect(() => {
    if (!editor) return;
    const readAll = () => setAnchors(readAnchors(editor.state.doc));
    const readCursor = () => setAtCursor((previous) => {
      const next = threadsAtCursor(editor);
      return next.join() === previous.join() ? previous : next;
    });
    readAll();
    editor.on("update", readAll);
    editor.on("selectionUpdate", readCursor);
    return () => {
      editor.off("update", readAll);
      editor.off("selectionUpdate", readCursor);
    };
  }, [editor]);
  return { anchors, atCursor };
}

/** The words selected in the editor, with their positions, or null when nothing (or no text) is selected. */
export function readSelection(editor: Editor): { from: number; to: number; quote: string } | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const quote = editor.state.doc.textBetween(from, to, " ", " ").replace(/\s+/gu, " ").trim();
  return quote ? { from, to, quote } : null;
}

/**
 * Marks, in the open editor, the words of threads another person started while this
 * editor was open, which the server just carried over into the saved body: so this
 * editor's next save keeps them. Found by their words, as the server found them.
 */
export function markCarriedComments(editor: Editor, carried: readonly { threadId: string; quote: string }[]): void {
  const markType = editor.schema.marks[COMMENT_MARK];
  if (!markType || !carried.length) return;
  let tr = editor.state.tr;
  for (const { threadId, quote } of carried) {
    const range = findQuote(tr.doc, quote);
    if (range) tr = tr.addMark(range.from, range.to, markType.create({ threadId }));
  }
  if (tr.docChanged) editor.view.dispatch(tr.setMeta(COMMENT_ANCHOR_META, true).setMeta("addToHistory", false));
}
