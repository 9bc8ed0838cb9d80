"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import {
  BoldIcon,
  Heading2Icon,
  Heading3Icon,
  ImageIcon,
  ItalicIcon,
  LinkIcon,
  ListIcon,
  ListOrderedIcon,
  Maximize2Icon,
  Minimize2Icon,
  PencilIcon,
  PilcrowIcon,
  PlusIcon,
  QuoteIcon,
  Redo2Icon,
  Undo2Icon,
  type LucideIcon,
} from "lucide-react";
import { TOOLBAR_BUTTON_CLASS } from "./toolbar-button-class";
import { ariaShortcut, describeShortcut, useIsMac, type ShortcutName } from "./shortcuts";
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
  canUndo: boolean;
  canRedo: boolean;
  /** The embed or story element the selection is on or in, which "Edit …" opens. */
  element: EditableElement | null;
};

/** Which panel under the toolbar is open (rich-text-editor.tsx owns the state). */
export type ToolbarPanel = "link" | "image" | "blocks" | null;

type ToolbarAction = {
  label: string;
  icon: LucideIcon;
  /** Toggle buttons say whether they are on; plain actions (undo) leave it undefined. */
  pressed?: boolean;
  disabled?: boolean;
  shortcut?: ShortcutName;
  haspopup?: "dialog";
  run: (editor: Editor) => void;
  /** The panel the button opens, for aria-expanded and aria-controls. */
  panel?: Exclude<ToolbarPanel, null>;
};

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
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
    element: findEditableElement(editor.state)?.type ?? null,
  };
}

type Props = {
  editor: Editor | null;
  panel: ToolbarPanel;
  panelIds: Record<Exclude<ToolbarPanel, null>, string>;
  togglePanel: (panel: Exclude<ToolbarPanel, null>) => void;
  /** Distraction-free writing; absent where the editor is used without it. */
  focusMode?: { on: boolean; toggle: () => void };
  /** Opens the Edit dialog of the selected embed or story element (edit-element-dialog.tsx). */
  onEditElement?: () => void;
};

function listToolbarActions(state: ToolbarState | null, togglePanel: Props["togglePanel"]): ToolbarAction[] {
  const on = (key: Exclude<keyof ToolbarState, "element">) => state?.[key] ?? false;
  return [
    { label: "Undo", icon: Undo2Icon, disabled: !on("canUndo"), shortcut: "undo", run: (e) => e.chain().focus().undo().run() },
    { label: "Redo", icon: Redo2Icon, disabled: !on("canRedo"), shortcut: "redo", run: (e) => e.chain().focus().redo().run() },
    { label: "Paragraph", icon: PilcrowIcon, pressed: on("paragraph"), shortcut: "paragraph", run: (e) => e.chain().focus().setParagraph().run() },
    { label: "Heading 2", icon: Heading2Icon, pressed: on("heading2"), shortcut: "heading2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Heading 3", icon: Heading3Icon, pressed: on("heading3"), shortcut: "heading3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
    { label: "Bold", icon: BoldIcon, pressed: on("bold"), shortcut: "bold", run: (e) => e.chain().focus().toggleBold().run() },
    { label: "Italic", icon: ItalicIcon, pressed: on("italic"), shortcut: "italic", run: (e) => e.chain().focus().toggleItalic().run() },
    { label: "Link", icon: LinkIcon, pressed: on("link"), shortcut: "link", panel: "link", run: () => togglePanel("link") },
    { label: "Bulleted list", icon: ListIcon, pressed: on("bulletList"), shortcut: "bulletList", run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", icon: ListOrderedIcon, pressed: on("orderedList"), shortcut: "orderedList", run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: "Quote", icon: QuoteIcon, pressed: on("blockquote"), shortcut: "blockquote", run: (e) => e.chain().focus().toggleBlockquote().run() },
    // Inserts a library image, or edits the selected one's alt text, caption and credit.
    { label: "Image", icon: ImageIcon, pressed: on("figure"), panel: "image", run: () => togglePanel("image") },
    // Every block: headings, lists, image, divider, embeds and story elements (block-menu.tsx).
    { label: "Insert", icon: PlusIcon, panel: "blocks", run: () => togglePanel("blocks") },
  ];
}

// Toolbar clicks must not move focus out of the editor, or the selection they act on is lost.
const keepEditorSelection = (event: MouseEvent) => event.preventDefault();

// The formatting toolbar. Each button shows its name and shortcut on hover and on focus.
export function EditorToolbar({ editor, panel, panelIds, togglePanel, focusMode, onEditElement }: Props) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => readToolbarState(current) });
  const mac = useIsMac();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonsRef = useRef<Array<HTMLButtonElement | null>>([]);

  const buttons = listToolbarActions(state, togglePanel);
  if (focusMode) {
    buttons.push({
      label: "Distraction-free",
      icon: focusMode.on ? Minimize2Icon : Maximize2Icon,
      pressed: focusMode.on,
      run: focusMode.toggle,
    });
  }
  // Last, so the buttons before it keep their places when it comes and goes.
  const element = state?.element ?? null;
  if (element && onEditElement) {
    buttons.push({ label: `Edit ${EDITABLE_ELEMENTS[element]}`, icon: PencilIcon, haspopup: "dialog", run: onEditElement });
  }
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
    <div
      role="toolbar"
      aria-label="Formatting"
      className="flex flex-wrap gap-1 rounded-t-md border-b border-neutral-300 bg-neutral-50 p-1 dark:border-neutral-700 dark:bg-neutral-800"
      onKeyDown={moveFocus}
    >
      {buttons.map((button, index) => {
        const shortcut = button.shortcut ? describeShortcut(button.shortcut, mac) : null;
        const unavailable = !editor || button.disabled;
        return (
          <button
            key={button.label}
            ref={(element) => {
              buttonsRef.current[index] = element;
            }}
            type="button"
            tabIndex={index === tabStop ? 0 : -1}
            // aria-disabled rather than disabled: a disabled button would drop out of the
            // toolbar's arrow-key order (WAI-ARIA APG, toolbar).
            aria-disabled={unavailable || undefined}
            aria-pressed={button.pressed}
            aria-haspopup={button.haspopup}
            aria-expanded={button.panel ? panel === button.panel : undefined}
            aria-controls={button.panel && panel === button.panel ? panelIds[button.panel] : undefined}
            aria-keyshortcuts={button.shortcut ? ariaShortcut(button.shortcut, mac) : undefined}
            className={`${TOOLBAR_BUTTON_CLASS} group relative inline-flex min-h-8 min-w-8 items-center justify-center aria-disabled:opacity-50`}
            onMouseDown={keepEditorSelection}
            onFocus={() => setFocusIndex(index)}
            onClick={() => {
              if (editor && !button.disabled) button.run(editor);
            }}
          >
            <button.icon aria-hidden="true" className="size-4" />
            <span className="sr-only">{button.label}</span>
            {/* The visible tooltip; screen readers get the name and aria-keyshortcuts. */}
            <span
              aria-hidden="true"
              className="pointer-events-none absolute left-1/2 top-full z-30 mt-1 hidden -translate-x-1/2 whitespace-nowrap rounded bg-neutral-900 px-2 py-1 text-xs font-normal text-white group-hover:block group-focus-visible:block dark:bg-neutral-100 dark:text-neutral-900"
            >
              {button.label}
              {shortcut ? ` · ${shortcut}` : ""}
            </span>
          </button>
        );
      })}
    </div>
  );
}
