"use client";

import type { ComponentType } from "react";
import type { Editor } from "@tiptap/react";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { closeHistory } from "@tiptap/pm/history";
import { Dialog } from "@/components/admin/ui/dialog";
import { EDITABLE_ELEMENTS, checkEditedElement, type EditableElement, type ElementTarget } from "@/lib/content/element-edit";
import type { ContentNode } from "@/lib/content/types";
import { ArticleCardForm, EmbedForm, FactBoxForm, GalleryForm, PullQuoteForm, TableForm, type ElementFormProps } from "./element-forms";

const FORMS: Record<EditableElement, ComponentType<ElementFormProps>> = {
  embed: EmbedForm,
  pullQuote: PullQuoteForm,
  factBox: FactBoxForm,
  table: TableForm,
  gallery: GalleryForm,
  articleCard: ArticleCardForm,
};

type Props = { editor: Editor; target: ElementTarget; onClose: () => void };

/**
 * "Edit embed", "Edit fact box"…: the form that inserted the element, prefilled from it.
 * Saving checks the edited element with the document validator (the server's gate on save),
 * replaces it in one transaction (one undo step), and puts the focus back on it.
 */
export function EditElementDialog({ editor, target, onClose }: Props) {
  const label = EDITABLE_ELEMENTS[target.type];
  const Form = FORMS[target.type];

  function save(element: ContentNode): string | null {
    const checked = checkEditedElement(element);
    if (!checked.ok) return checked.error;
    const { state } = editor;
    const current = state.doc.nodeAt(target.pos);
    if (!current || current.type.name !== target.type) return `The ${label} is no longer where it was. Close this and select it again.`;
    const node = editor.schema.nodeFromJSON(checked.node);
    const tr = closeHistory(state.tr).replaceWith(target.pos, target.pos + current.nodeSize, node);
    // An element selected as a whole stays selected; in one with text inside, the cursor goes back.
    const selection =
      target.offset === null
        ? NodeSelection.create(tr.doc, target.pos)
        : TextSelection.near(tr.doc.resolve(Math.min(target.pos + target.offset, target.pos + node.nodeSize - 1)));
    editor.view.dispatch(tr.setSelection(selection).scrollIntoView());
    onClose();
    return null;
  }

  return (
    // view.focus() at once, not Tiptap's focus command (a frame later): in between, the
    // browser's caret in the refocused editor would be read back as the selection.
    <Dialog title={`Edit ${label}`} onClose={onClose} returnFocus={() => editor.view.focus()}>
      <Form editor={editor} done={onClose} mode={{ kind: "edit", target, save }} />
    </Dialog>
  );
}
