"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type CSSProperties, type MouseEvent } from "react";
import type { EditorView } from "@tiptap/pm/view";

import { contentExtensions } from "@/lib/content/extensions";
import { EmbedPaste } from "@/lib/content/embeds/embed-paste";
import { OfficePaste } from "@/lib/content/paste/office-paste";
import { COMMENT_ANCHOR_META } from "@/lib/content/comment-mark";
import type { ContentDocument } from "@/lib/content/types";
import { findEditableElement, type ElementTarget } from "@/lib/content/element-edit";
import { EditorToolbar, type ToolbarPanel } from "./editor-toolbar";
import { EditElementDialog } from "./edit-element-dialog";
import { BlockMenu, type BlockChoice } from "./block-menu";
import { ImagePanel } from "./image-panel";
import { InsertPanel, type InsertKind } from "./insert-panel";
import { LinkBubble } from "./link-bubble";
import { LinkForm } from "./link-form";
import { matchesShortcut, useIsMac } from "./shortcuts";

export type RichTextEditorProps = {
  name: string;
  labelId: string;
  initialContent: ContentDocument | null;
  onChange?: (doc: ContentDocument) => void;
  /** False shows the document read-only, without a toolbar. Defaults to true. */
  editable?: boolean;
  /** Distraction-free writing, owned by the form (it hides the form's chrome). */
  focusMode?: { on: boolean; toggle: () => void };
  /** Hands the editor to what works beside it (the comments panel), once it exists. */
  onEditor?: (editor: Editor | null) => void;
};

// The shared schema, plus what only the editor does: pasted provider links become embeds,
// and HTML pasted from Google Docs or Word is cleaned first.
const EDITOR_EXTENSIONS = [...contentExtensions, EmbedPaste, OfficePaste];

const EMPTY_DOCUMENT: ContentDocument = { type: "doc", content: [{ type: "paragraph" }] };

const TEXTBOX_CLASS =
  "prose prose-neutral dark:prose-invert max-w-none min-h-64 px-4 py-3 rounded-b-md outline-none focus:ring-2 focus:ring-inset focus:ring-sky-600";

/** The open panel: the toolbar's, the insert panel on one kind, or the block menu where "/" was typed. */
type Panel = ToolbarPanel | { insert: InsertKind } | { slash: CSSProperties };

/** "/" typed at the start of an empty top-level paragraph opens the block menu. */
function isSlashPosition(view: EditorView): boolean {
  const { selection } = view.state;
  const { $from } = selection;
  return selection.empty && $from.depth === 1 && $from.parent.type.name === "paragraph" && $from.parent.content.size === 0;
}

/**
 * Article body editor. The current document is mirrored as JSON into a hidden
 * input, so a plain <form action={serverAction}> submits it like any field.
 */
export function RichTextEditor({ name, labelId, initialContent, onChange, editable = true, focusMode, onEditor }: RichTextEditorProps) {
  const [json, setJson] = useState(() => JSON.stringify(initialContent ?? EMPTY_DOCUMENT));
  const [panel, setPanel] = useState<Panel>(null);
  // The embed or story element being edited in the Edit dialog.
  const [editing, setEditing] = useState<ElementTarget | null>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const mac = useIsMac();
  const panelIds = { link: useId(), image: useId(), blocks: useId() };
  const insertPanelId = useId();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // Keys the editor handles before its own keymap: "/" for the block menu, the link shortcut.
  const handleKeyDownRef = useRef<(view: EditorView, event: KeyboardEvent) => boolean>(() => false);
  useEffect(() => {
    handleKeyDownRef.current = (view, event) => {
      if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && isSlashPosition(view)) {
        const wrapper = wrapperRef.current?.getBoundingClientRect();
        const caret = view.coordsAtPos(view.state.selection.from);
        setPanel({ slash: { position: "absolute", left: caret.left - (wrapper?.left ?? 0), top: caret.bottom - (wrapper?.top ?? 0) + 4 } });
        return true;
      }
      // ProseMirror swallows Escape, so distraction-free mode is left from here too.
      if (event.key === "Escape" && focusMode?.on) {
        focusMode.toggle();
        return true;
      }
      if (matchesShortcut(event, "link", mac)) {
        setPanel("link");
        return true;
      }
      return false;
    };
  }, [mac, focusMode]);

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
      handleKeyDown: (view, event) => handleKeyDownRef.current(view, event),
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

  const close = () => setPanel(null);

  const editSelected = () => {
    if (!editor || !editable) return;
    setPanel(null);
    setEditing(findEditableElement(editor.state));
  };
  // A double click on an embed, gallery or card (selected as a whole) opens its Edit dialog.
  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    // Only in the document: a double click in a panel's field selects a word there.
    if (!editor || !(event.target instanceof Node) || !editor.view.dom.contains(event.target)) return;
    const target = editable ? findEditableElement(editor.state) : null;
    if (target && target.offset === null) {
      setPanel(null);
      setEditing(target);
    }
  };

  // A panel opened from the block menu takes the focus if its form did not (the image
  // library, a gallery), so the keyboard is never left on the page's body.
  const panelKey = panel === "image" ? "image" : panel && typeof panel === "object" && "insert" in panel ? panel.insert : null;
  useEffect(() => {
    if (!panelKey) return;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      const id = panelKey === "image" ? panelIds.image : insertPanelId;
      document.getElementById(id)?.querySelector<HTMLElement>("input, select, button, textarea")?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [panelKey, panelIds.image, insertPanelId]);
  const togglePanel = (next: Exclude<ToolbarPanel, null>) => setPanel((open) => (open === next ? null : next));
  const toolbarPanel: ToolbarPanel = typeof panel === "string" ? panel : null;

  function chooseBlock(choice: BlockChoice) {
    if (!choice) {
      setPanel(null);
      // Tiptap's focus() waits a frame; typing right after the choice must land in the editor.
      editor?.view.focus();
    }
    else if (choice.panel === "image") setPanel("image");
    else setPanel({ insert: choice.kind });
  }

  // Only the block menu itself: a blur can arrive after a choice opened another panel.
  const dismissBlockMenu = () => setPanel((open) => (open === "blocks" || (open && typeof open === "object" && "slash" in open) ? null : open));

  function closeBlockMenu(editorRef: Editor, restoreText: string | null) {
    setPanel(null);
    const chain = editorRef.chain().focus();
    // Escape after "/" keeps what was typed, so a paragraph can still start with a slash.
    if (restoreText) chain.insertContent(restoreText);
    chain.run();
    editorRef.view.focus();
  }

  return (
    <div
      ref={wrapperRef}
      onDoubleClick={onDoubleClick}
      className="relative rounded-md border border-neutral-300 bg-white focus-within:border-sky-600 dark:border-neutral-700 dark:bg-neutral-900"
    >
      {editable ? <EditorToolbar editor={editor} panel={toolbarPanel} panelIds={panelIds} togglePanel={togglePanel} focusMode={focusMode} onEditElement={editSelected} /> : null}
      {editor && editable ? (
        <>
          {panel === "link" ? <LinkForm id={panelIds.link} editor={editor} onClose={close} /> : null}
          {panel === "image" ? <ImagePanel id={panelIds.image} editor={editor} onClose={close} /> : null}
          {panel === "blocks" ? (
            <div id={panelIds.blocks} className="border-b border-neutral-300 p-2 dark:border-neutral-700">
              <BlockMenu editor={editor} origin="button" onChoose={chooseBlock} onClose={(text) => closeBlockMenu(editor, text)} onDismiss={dismissBlockMenu} />
            </div>
          ) : null}
          {panel && typeof panel === "object" && "insert" in panel ? (
            <InsertPanel id={insertPanelId} editor={editor} initialKind={panel.insert} onClose={close} />
          ) : null}
          {panel && typeof panel === "object" && "slash" in panel ? (
            <BlockMenu editor={editor} origin="slash" style={panel.slash} onChoose={chooseBlock} onClose={(text) => closeBlockMenu(editor, text)} onDismiss={dismissBlockMenu} />
          ) : null}
          <LinkBubble editor={editor} onEdit={() => setPanel("link")} />
        </>
      ) : null}
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
