"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef, useState, type MouseEvent } from "react";

import { contentExtensions } from "@/lib/content/extensions";
import { EmbedPaste } from "@/lib/content/embeds/embed-paste";
import { OfficePaste } from "@/lib/content/paste/office-paste";
import type { ContentDocument } from "@/lib/content/types";
import { findEditableElement, type ElementTarget } from "@/lib/content/element-edit";
import { EditorToolbar } from "./editor-toolbar";
import { EditElementDialog } from "./edit-element-dialog";

export type RichTextEditorProps = {
  name: string;
  labelId: string;
  initialContent: ContentDocument | null;
  onChange?: (doc: ContentDocument) => void;
  /** False shows the document read-only, without a toolbar. Defaults to true. */
  editable?: boolean;
};

// The shared schema, plus what only the editor does: pasted provider links become embeds,
// and HTML pasted from Google Docs or Word is cleaned first.
const EDITOR_EXTENSIONS = [...contentExtensions, EmbedPaste, OfficePaste];

const EMPTY_DOCUMENT: ContentDocument = { type: "doc", content: [{ type: "paragraph" }] };

const TEXTBOX_CLASS =
  "prose prose-neutral dark:prose-invert max-w-none min-h-64 px-4 py-3 rounded-b-md outline-none focus:ring-2 focus:ring-inset focus:ring-sky-600";

/**
 * Article body editor. The current document is mirrored as JSON into a hidden
 * input, so a plain <form action={serverAction}> submits it like any field.
 */
export function RichTextEditor({ name, labelId, initialContent, onChange, editable = true }: RichTextEditorProps) {
  const [json, setJson] = useState(() => JSON.stringify(initialContent ?? EMPTY_DOCUMENT));
  // The embed or story element being edited in the Edit dialog.
  const [editing, setEditing] = useState<ElementTarget | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: initialContent ?? EMPTY_DOCUMENT,
    // Render on the client only: the server has no DOM and hydration would mismatch.
    immediatelyRender: false,
    editable,
    // useEditor re-applies these on every render, so aria-readonly follows `editable`.
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        "aria-readonly": editable ? "false" : "true",
        class: TEXTBOX_CLASS,
      },
    },
    onUpdate: ({ editor: current }) => {
      // The schema comes from contentExtensions, so getJSON() fits ContentDocument.
      const doc = current.getJSON() as ContentDocument;
      setJson(JSON.stringify(doc));
      onChangeRef.current?.(doc);
    },
  });

  useEffect(() => {
    // useEditor keeps the editable flag the editor was created with; apply changes here.
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  const editSelected = () => {
    if (editor && editable) setEditing(findEditableElement(editor.state));
  };
  // A double click on an embed, gallery or card (selected as a whole) opens its Edit dialog.
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    // Only in the document: a double click in a panel's field selects a word there.
    if (!editor || !(event.target instanceof Node) || !editor.view.dom.contains(event.target)) return;
    const target = editable ? findEditableElement(editor.state) : null;
    if (target && target.offset === null) setEditing(target);
  };

  return (
    <div onDoubleClick={onDoubleClick} className="rounded-md border border-neutral-300 bg-white focus-within:border-sky-600 dark:border-neutral-700 dark:bg-neutral-900">
      {editable ? <EditorToolbar editor={editor} onEditElement={editSelected} /> : null}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        // Same height as the editor, so the page does not jump when it mounts.
        <div className="min-h-64 px-4 py-3" aria-hidden="true" />
      )}
      <input type="hidden" name={name} value={json} />
      {editor && editing ? <EditElementDialog editor={editor} target={editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
