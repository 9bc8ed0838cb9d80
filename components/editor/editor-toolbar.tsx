"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import {
  BoldIcon,
  Heading2Icon,
  Heading3Icon,
  ImageIcon,
  ItalicIcon,
  LinkIcon,
  ListIcon,
  ListOrderedIcon,
  PencilIcon,
  PilcrowIcon,
  PlusSquareIcon,
  QuoteIcon,
  type LucideIcon,
} from "lucide-react";
import { ImagePanel } from "./image-panel";
import { LinkForm } from "./link-form";
import { InsertPanel } from "./insert-panel";
import { TOOLBAR_BUTTON_CLASS } from "./toolbar-button-class";
import { EDITABLE_ELEMENTS, findEditableElement, type EditableElement } from "@/lib/content/element-edit";

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
  /** The embed or story element the selection is on or in, which "Edit …" opens. */
  element: EditableElement | null;
};

type ToolbarAction = {
  label: string;
  icon: LucideIcon;
  /** Undefined for a plain button (not a toggle). */
  pressed?: boolean;
  haspopup?: "dialog";
  run: (editor: Editor) => void;
  expanded?: boolean;
  controls?: string;
};

type PanelToggle = { open: boolean; formId: string; toggle: () => void };

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
    element: findEditableElement(editor.state)?.type ?? null,
  };
}

function listToolbarActions(state: ToolbarState | null, link: PanelToggle, image: PanelToggle, insert: PanelToggle, editElement: () => void): ToolbarAction[] {
  const on = (key: Exclude<keyof ToolbarState, "element">) => state?.[key] ?? false;
  const element = state?.element ?? null;
  return [
    { label: "Paragraph", icon: PilcrowIcon, pressed: on("paragraph"), run: (e) => e.chain().focus().setParagraph().run() },
    { label: "Heading 2", icon: Heading2Icon, pressed: on("heading2"), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Heading 3", icon: Heading3Icon, pressed: on("heading3"), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: "Bold", icon: BoldIcon, pressed: on("bold"), run: (e) => e.chain().focus().toggleBold().run() },
    { label: "Italic", icon: ItalicIcon, pressed: on("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
    { label: "Link", icon: LinkIcon, pressed: on("link"), run: link.toggle, expanded: link.open, controls: link.open ? link.formId : undefined },
    { label: "Bulleted list", icon: ListIcon, pressed: on("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", icon: ListOrderedIcon, pressed: on("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: "Quote", icon: QuoteIcon, pressed: on("blockquote"), run: (e) => e.chain().focus().toggleBlockquote().run() },
    // Inserts a library image, or edits the selected one's alt text, caption and credit.
    { label: "Image", icon: ImageIcon, pressed: on("figure"), run: image.toggle, expanded: image.open, controls: image.open ? image.formId : undefined },
    // Embeds and story elements (components/editor/insert-panel.tsx).
    { label: "Insert", icon: PlusSquareIcon, pressed: false, run: insert.toggle, expanded: insert.open, controls: insert.open ? insert.formId : undefined },
    // Last, so the buttons before it keep their places when it comes and goes (edit-element-dialog.tsx).
    ...(element ? [{ label: `Edit ${EDITABLE_ELEMENTS[element]}`, icon: PencilIcon, haspopup: "dialog" as const, run: editElement }] : []),
  ];
}

// Toolbar clicks must not move focus out of the editor, or the selection they act on is lost.
const keepEditorSelection = (event: MouseEvent) => event.preventDefault();

// The formatting toolbar and the link and image panels it opens.
export function EditorToolbar({ editor, onEditElement }: { editor: Editor | null; onEditElement: () => void }) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<Array<HTMLButtonElement | null>>([]);
  const linkFormId = useId();
  const [imagePanelOpen, setImagePanelOpen] = useState(false);
  const imagePanelId = useId();
  const [insertPanelOpen, setInsertPanelOpen] = useState(false);
  const insertPanelId = useId();

  const buttons = listToolbarActions(
    state,
    { open: linkFormOpen, formId: linkFormId, toggle: () => setLinkFormOpen((open) => !open) },
    { open: imagePanelOpen, formId: imagePanelId, toggle: () => setImagePanelOpen((open) => !open) },
    { open: insertPanelOpen, formId: insertPanelId, toggle: () => setInsertPanelOpen((open) => !open) },
    () => {
      setInsertPanelOpen(false);
      onEditElement();
    },
  );
  // The Edit button comes and goes with the selection; the toolbar keeps one tab stop.
  const tabStop = Math.min(focusIndex, buttons.length - 1);

  // One tab stop for the whole toolbar; arrow keys, Home and End move within it.
  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const last = buttons.length - 1;
    const targets: Record<string, number> = {
      ArrowRight: tabStop === last ? 0 : tabStop + 1,
      ArrowLeft: tabStop === 0 ? last : tabStop - 1,
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
            tabIndex={index === tabStop ? 0 : -1}
            disabled={!editor}
            aria-pressed={button.pressed}
            aria-expanded={button.expanded}
            aria-controls={button.controls}
            aria-haspopup={button.haspopup}
            // The icon shows what the button does; the hidden text names it for screen
            // readers and the title for a pointer that hovers.
            title={button.label}
            className={`${TOOLBAR_BUTTON_CLASS} inline-flex min-h-8 min-w-8 items-center justify-center`}
            onMouseDown={keepEditorSelection}
            onFocus={() => setFocusIndex(index)}
            onClick={() => editor && button.run(editor)}
          >
            <button.icon aria-hidden="true" className="size-4" />
            <span className="sr-only">{button.label}</span>
          </button>
        ))}
      </div>
      {editor && linkFormOpen ? <LinkForm id={linkFormId} editor={editor} onClose={() => setLinkFormOpen(false)} /> : null}
      {editor && imagePanelOpen ? <ImagePanel id={imagePanelId} editor={editor} onClose={() => setImagePanelOpen(false)} /> : null}
      {editor && insertPanelOpen ? <InsertPanel id={insertPanelId} editor={editor} onClose={() => setInsertPanelOpen(false)} /> : null}
    </>
  );
}
