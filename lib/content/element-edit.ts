// Editing an embed or story element after it was inserted (issue 15): which element the
// selection is on, what a resized table keeps, and the edited element checked by the same
// gate every save passes (validateDocument), so the editor and the server say the same
// thing about a bad value. Browser-safe.
import { NodeSelection, type EditorState } from "@tiptap/pm/state";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { validateDocument } from "./validate-document";
import type { ContentNode } from "./types";

/** The elements that have an "Edit" control, with the words the editor uses for them. */
export const EDITABLE_ELEMENTS = {
  embed: "embed",
  pullQuote: "pull quote",
  factBox: "fact box",
  table: "table",
  gallery: "gallery",
  articleCard: "article card",
} as const;
export type EditableElement = keyof typeof EDITABLE_ELEMENTS;

export function isEditableElement(type: string): type is EditableElement {
  return Object.hasOwn(EDITABLE_ELEMENTS, type);
}

/**
 * The element being edited: where it starts, the node, and (for elements with text inside,
 * such as a fact box) how far into it the cursor was, so it can go back there.
 */
export type ElementTarget = { type: EditableElement; pos: number; node: ProseMirrorNode; offset: number | null };

/** The element the selection is on (an atom clicked or reached by arrow keys), or inside. */
export function findEditableElement(state: EditorState): ElementTarget | null {
  const { selection } = state;
  if (selection instanceof NodeSelection) {
    const type = selection.node.type.name;
    if (isEditableElement(type)) return { type, pos: selection.from, node: selection.node, offset: null };
  }
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    const type = node.type.name;
    if (isEditableElement(type)) {
      const pos = $from.before(depth);
      return { type, pos, node, offset: selection.from - pos };
    }
  }
  return null;
}

export type CheckedElement = { ok: true; node: ContentNode } | { ok: false; error: string };

/** The edited element as the server will see it on save: refused with the same message. */
export function checkEditedElement(element: ContentNode): CheckedElement {
  const result = validateDocument({ type: "doc", content: [element] });
  if (!result.ok) return result;
  const node = result.doc.content?.[0];
  return node ? { ok: true, node } : { ok: false, error: "The element is empty" };
}

/**
 * A table with `rows` rows and `columns` columns: cells keep their words where they still
 * fit (the first row stays the header row); `dropped` says whether a cell with words
 * falls outside the new size.
 */
export function resizeTable(table: ContentNode, rows: number, columns: number): { node: ContentNode; dropped: boolean } {
  const old = table.content ?? [];
  const dropped = old.some((row, r) => (row.content ?? []).some((cell, c) => (r >= rows || c >= columns) && hasText(cell)));
  const content = Array.from({ length: rows }, (_, r) => ({
    type: "tableRow",
    content: Array.from({ length: columns }, (_, c) => {
      const type = r === 0 ? "tableHeader" : "tableCell";
      const existing = old[r]?.content?.[c];
      return existing ? { ...existing, type } : { type, content: [{ type: "paragraph" }] };
    }),
  }));
  return { node: { ...table, content }, dropped };
}

/** Rows and columns of a stored table (the first row's width). */
export function measureTable(table: ContentNode): { rows: number; columns: number } {
  const rows = table.content ?? [];
  return { rows: rows.length, columns: rows[0]?.content?.length ?? 0 };
}

function hasText(node: ContentNode): boolean {
  const stack: ContentNode[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.text?.trim()) return true;
    if (current.content) stack.push(...current.content);
  }
  return false;
}
