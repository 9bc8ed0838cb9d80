"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";

import { contentExtensions } from "@/lib/content/extensions";
import { LINK_RULES_MESSAGE, isAllowedHref, normalizeLinkInput } from "@/lib/content/link-url";
import type { ContentDocument } from "@/lib/content/types";
import { ImagePanel } from "./image-panel";

export type RichTextEditorProps = {
  name: string;
  labelId: string;
  initialContent: ContentDocument | null;
  onChange?: (doc: ContentDocument) => void;
  /** False shows the document read-only, without a toolbar. Defaults to true. */
  editable?: boolean;
};

const EMPTY_DOCUMENT: ContentDocument = { type: "doc", content: [{ type: "paragraph" }] };

const TEXTBOX_CLASS =
  "prose prose-neutral dark:prose-invert max-w-none min-h-64 px-4 py-3 rounded-b-md outline-none focus:ring-2 focus:ring-inset focus:ring-sky-600";

/**
 * Article body editor. The current document is mirrored as JSON into a hidden
 * input, so a plain <form action={serverAction}> submits it like any field.
 */
export function RichTextEditor({ name, labelId, initialContent, onChange, editable = true }: RichTextEditorProps) {
  const [json, setJson] = useState(() => JSON.stringify(initialContent ?? EMPTY_DOCUMENT));
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: contentExtensions,
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

  return (
    <div className="rounded-md border border-neutral-300 bg-white focus-within:border-sky-600 dark:border-neutral-700 dark:bg-neutral-900">
      {editable ? <Toolbar editor={editor} /> : null}
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

type ToolbarState = {
  paragraph: boolean;
  heading2: boolean;
  heading3: boolean;
  bold: boolean;
  italic: boolean;
  link: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  figure: boolean;
};

type ToolbarAction = {
  label: string;
  pressed: boolean;
  run: (editor: Editor) => void;
  className?: string;
  expanded?: boolean;
  controls?: string;
};

type LinkToggle = { open: boolean; formId: string; toggle: () => void };

function readToolbarState(editor: Editor | null): ToolbarState | null {
  if (!editor) return null;
  return {
    paragraph: editor.isActive("paragraph"),
    heading2: editor.isActive("heading", { level: 2 }),
    heading3: editor.isActive("heading", { level: 3 }),
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    link: editor.isActive("link"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    figure: editor.isActive("figure"),
  };
}

function listToolbarActions(state: ToolbarState | null, link: LinkToggle, image: LinkToggle): ToolbarAction[] {
  const on = (key: keyof ToolbarState) => state?.[key] ?? false;
  return [
    { label: "Paragraph", pressed: on("paragraph"), run: (e) => e.chain().focus().setParagraph().run() },
    { label: "Heading 2", pressed: on("heading2"), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Heading 3", pressed: on("heading3"), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: "Bold", pressed: on("bold"), run: (e) => e.chain().focus().toggleBold().run(), className: "font-bold" },
    { label: "Italic", pressed: on("italic"), run: (e) => e.chain().focus().toggleItalic().run(), className: "italic" },
    {
      label: "Link",
      pressed: on("link"),
      run: link.toggle,
      className: "underline",
      expanded: link.open,
      controls: link.open ? link.formId : undefined,
    },
    { label: "Bulleted list", pressed: on("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", pressed: on("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: "Quote", pressed: on("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
    // Inserts a library image, or edits the selected one's alt text, caption and credit.
    { label: "Image", pressed: on("figure"), run: image.toggle, expanded: image.open, controls: image.open ? image.formId : undefined },
  ];
}

const BUTTON_CLASS =
  "rounded px-2 py-1 text-sm text-neutral-800 hover:bg-neutral-200 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:opacity-50 aria-pressed:bg-neutral-800 aria-pressed:text-white dark:text-neutral-100 dark:hover:bg-neutral-700 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900";

// Toolbar clicks must not move focus out of the editor, or the selection they act on is lost.
const keepEditorSelection = (event: MouseEvent) => event.preventDefault();

function Toolbar({ editor }: { editor: Editor | null }) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<Array<HTMLButtonElement | null>>([]);
  const linkFormId = useId();
  const [imagePanelOpen, setImagePanelOpen] = useState(false);
  const imagePanelId = useId();

  const buttons = listToolbarActions(
    state,
    { open: linkFormOpen, formId: linkFormId, toggle: () => setLinkFormOpen((open) => !open) },
    { open: imagePanelOpen, formId: imagePanelId, toggle: () => setImagePanelOpen((open) => !open) },
  );

  // One tab stop for the whole toolbar; arrow keys, Home and End move within it.
  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const last = buttons.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = targets[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonsRef.current[next]?.focus();
  }

  return (
    <>
      <div
        role="toolbar"
        aria-label="Formatting"
        className="flex flex-wrap gap-1 border-b border-neutral-300 bg-neutral-50 p-1 dark:border-neutral-700 dark:bg-neutral-800"
        onKeyDown={moveFocus}
      >
        {buttons.map((button, index) => (
          <button
            key={button.label}
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            tabIndex={index === focusIndex ? 0 : -1}
            disabled={!editor}
            aria-pressed={button.pressed}
            aria-expanded={button.expanded}
            aria-controls={button.controls}
            className={`${BUTTON_CLASS} ${button.className ?? ""}`}
            onMouseDown={keepEditorSelection}
            onFocus={() => setFocusIndex(index)}
            onClick={() => editor && button.run(editor)}
          >
            {button.label}
          </button>
        ))}
      </div>
      {editor && linkFormOpen ? (
        <LinkForm id={linkFormId} editor={editor} onClose={() => setLinkFormOpen(false)} />
      ) : null}
      {editor && imagePanelOpen ? <ImagePanel id={imagePanelId} editor={editor} onClose={() => setImagePanelOpen(false)} /> : null}
    </>
  );
}

type LinkFormProps = { id: string; editor: Editor; onClose: () => void };

// Not a <form>: the editor sits inside the article's form, and forms cannot nest.
function LinkForm({ id, editor, onClose }: LinkFormProps) {
  const inputId = useId();
  const errorId = useId();
  const [value, setValue] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState<string | null>(null);

  function applyLink() {
    const href = normalizeLinkInput(value);
    if (!isAllowedHref(href)) {
      setError(LINK_RULES_MESSAGE);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      // Nothing selected: insert the address itself as the link text.
      chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  }

  function removeLink() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      // Enter would otherwise submit the article form around the editor.
      event.preventDefault();
      applyLink();
    } else if (event.key === "Escape") {
      event.preventDefault();
      editor.commands.focus();
      onClose();
    }
  }

  return (
    <div id={id} role="group" aria-label="Link" className="flex flex-wrap items-start gap-2 border-b border-neutral-300 p-2 dark:border-neutral-700">
      <label htmlFor={inputId} className="py-1 text-sm font-medium text-neutral-800 dark:text-neutral-100">
        Link URL
      </label>
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="https://example.com or /articles/…"
          className="rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 focus-visible:outline-2 focus-visible:outline-sky-600 aria-invalid:border-red-700 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100"
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
          onKeyDown={handleKeyDown}
        />
        {error ? (
          <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
      <button type="button" className={BUTTON_CLASS} onClick={applyLink}>
        Apply link
      </button>
      <button type="button" className={BUTTON_CLASS} onClick={removeLink}>
        Remove link
      </button>
    </div>
  );
}
