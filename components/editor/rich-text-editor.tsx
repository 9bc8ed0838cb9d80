"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";

import { contentExtensions } from "@/lib/content/extensions";
import { EmbedPaste } from "@/lib/content/embeds/embed-paste";
import { COMMENT_ANCHOR_META } from "@/lib/content/comment-mark";
import type { ContentDocument } from "@/lib/content/types";
import { EditorToolbar } from "./editor-toolbar";

export type RichTextEditorProps = {
  name: string;
  labelId: string;
  initialContent: ContentDocument | null;
  onChange?: (doc: ContentDocument) => void;
  /** False shows the document read-only, without a toolbar. Defaults to true. */
  editable?: boolean;
  /** Hands the editor to what works beside it (the comments panel), once it exists. */
  onEditor?: (editor: Editor | null) => void;
};

// The shared schema, plus what only the editor does: pasted provider links become embeds.
const EDITOR_EXTENSIONS = [...contentExtensions, EmbedPaste];

const EMPTY_DOCUMENT: ContentDocument = { type: "doc", content: [{ type: "paragraph" }] };

const TEXTBOX_CLASS =
  "prose prose-neutral dark:prose-invert max-w-none min-h-64 px-4 py-3 rounded-b-md outline-none focus:ring-2 focus:ring-inset focus:ring-sky-600";

/**
 * Article body editor. The current document is mirrored as JSON into a hidden
 * input, so a plain <form action={serverAction}> submits it like any field.
 */
export function RichTextEditor({ name, labelId, initialContent, onChange, editable = true, onEditor }: RichTextEditorProps) {
  const [json, setJson] = useState(() => JSON.stringify(initialContent ?? EMPTY_DOCUMENT));
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
    onUpdate: ({ editor: current, transaction }) => {
      // The schema comes from contentExtensions, so getJSON() fits ContentDocument.
      const doc = current.getJSON() as ContentDocument;
      setJson(JSON.stringify(doc));
      // A comment thread's mark, already saved by the server, is not an unsaved change.
      if (transaction.getMeta(COMMENT_ANCHOR_META)) return;
      onChangeRef.current?.(doc);
    },
  });

  useEffect(() => {
    onEditor?.(editor);
  }, [editor, onEditor]);

  useEffect(() => {
    // useEditor keeps the editable flag the editor was created with; apply changes here.
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  return (
    <div className="rounded-md border border-neutral-300 bg-white focus-within:border-sky-600 dark:border-neutral-700 dark:bg-neutral-900">
      {editable ? <EditorToolbar editor={editor} /> : null}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        // Same height as the editor, so the page does not jump when it mounts.
        <div className="min-h-64 px-4 py-3" aria-hidden="true" />
      )}
      <input type="hidden" name={name} value={json} />
    </div>
  );
}
