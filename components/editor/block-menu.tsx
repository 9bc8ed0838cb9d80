"use client";

import type { Editor } from "@tiptap/react";
import { useId, useMemo, useState, type CSSProperties, type KeyboardEvent } from "react";
import {
  Code2Icon,
  Heading2Icon,
  Heading3Icon,
  ImageIcon,
  ImagesIcon,
  ListIcon,
  ListOrderedIcon,
  MinusIcon,
  NewspaperIcon,
  QuoteIcon,
  SquareMenuIcon,
  TableIcon,
  TextQuoteIcon,
  type LucideIcon,
} from "lucide-react";
import { INSERT_KINDS, type InsertKind } from "./insert-panel";

/** What a block in the menu does: change the current block, or open one of the insert panels. */
export type BlockChoice = { panel: "image" } | { panel: "insert"; kind: InsertKind } | null;

type Block = { id: string; label: string; keywords: string; icon: LucideIcon; run: (editor: Editor) => BlockChoice };

// Embeds and story elements open the existing insert panel on their own form; their
// names come from it (INSERT_KINDS), so a kind added there shows up here.
const STORY_ICONS: Record<Exclude<InsertKind, "divider">, { icon: LucideIcon; keywords: string }> = {
  embed: { icon: Code2Icon, keywords: "video youtube post tweet map chart link" },
  pullQuote: { icon: TextQuoteIcon, keywords: "quotation" },
  factBox: { icon: SquareMenuIcon, keywords: "box facts aside" },
  table: { icon: TableIcon, keywords: "grid data" },
  gallery: { icon: ImagesIcon, keywords: "photos pictures slideshow" },
  articleCard: { icon: NewspaperIcon, keywords: "related story link" },
};

const BLOCKS: Block[] = [
  { id: "heading2", label: "Heading 2", keywords: "h2 title subheading", icon: Heading2Icon, run: (e) => (e.chain().focus().setHeading({ level: 2 }).run(), null) },
  { id: "heading3", label: "Heading 3", keywords: "h3 subheading", icon: Heading3Icon, run: (e) => (e.chain().focus().setHeading({ level: 3 }).run(), null) },
  { id: "blockquote", label: "Quote", keywords: "blockquote", icon: QuoteIcon, run: (e) => (e.chain().focus().toggleBlockquote().run(), null) },
  { id: "bulletList", label: "Bulleted list", keywords: "ul bullets", icon: ListIcon, run: (e) => (e.chain().focus().toggleBulletList().run(), null) },
  { id: "orderedList", label: "Numbered list", keywords: "ol ordered numbers", icon: ListOrderedIcon, run: (e) => (e.chain().focus().toggleOrderedList().run(), null) },
  { id: "image", label: "Image", keywords: "photo picture figure", icon: ImageIcon, run: () => ({ panel: "image" }) },
  { id: "divider", label: INSERT_KINDS.divider, keywords: "rule hr line separator", icon: MinusIcon, run: (e) => (e.chain().focus().insertDivider().run(), null) },
  ...Object.entries(STORY_ICONS).map(([kind, { icon, keywords }]) => ({
    id: kind,
    label: INSERT_KINDS[kind as InsertKind],
    keywords,
    icon,
    run: (): BlockChoice => ({ panel: "insert", kind: kind as InsertKind }),
  })),
];

function filterBlocks(query: string): Block[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return BLOCKS.filter((block) => {
    const text = `${block.label} ${block.keywords}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

type Props = {
  editor: Editor;
  /** "slash": opened by typing / in an empty paragraph; Escape gives the typed text back. */
  origin: "slash" | "button";
  style?: CSSProperties;
  onChoose: (choice: BlockChoice) => void;
  /** Closed from the keyboard: the focus goes back to the editor. */
  onClose: (restoreText: string | null) => void;
  /** The focus left the menu (a click elsewhere): close without moving it. */
  onDismiss: () => void;
};

const OPTION = "flex w-full cursor-pointer items-center gap-2 rounded px-2 py-1 text-left text-sm text-neutral-900 aria-selected:bg-sky-800 aria-selected:text-white dark:text-neutral-100";

// A combobox: the filter field keeps the focus, arrows move the highlighted option
// (aria-activedescendant), Enter inserts it, Escape closes. WAI-ARIA APG "combobox with
// listbox popup".
export function BlockMenu({ editor, origin, style, onChoose, onClose, onDismiss }: Props) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const blocks = useMemo(() => filterBlocks(query), [query]);
  const current = blocks.length ? Math.min(active, blocks.length - 1) : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  function choose(block: Block | undefined) {
    if (!block) return;
    onChoose(block.run(editor));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = blocks.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: current >= last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, moves[event.key]!));
    } else if (event.key === "Enter") {
      // Enter would otherwise submit the article form around the editor.
      event.preventDefault();
      choose(blocks[current]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose(origin === "slash" ? `/${query}` : null);
    } else if (event.key === "Backspace" && query === "" && origin === "slash") {
      // Deleting the slash itself.
      event.preventDefault();
      onClose(null);
    }
  }

  return (
    <div
      role="group"
      aria-label="Insert a block"
      style={style}
      className="z-20 w-72 rounded-md border border-neutral-300 bg-white p-2 shadow-lg dark:border-neutral-600 dark:bg-neutral-900"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onDismiss();
      }}
    >
      <label htmlFor={inputId} className="sr-only">Insert a block: type to filter</label>
      <input
        id={inputId}
        role="combobox"
        aria-expanded={blocks.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        autoComplete="off"
        autoFocus
        value={query}
        placeholder="Type to filter: heading, quote, table…"
        className="mb-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {blocks.length ? (
        <ul id={listId} role="listbox" aria-label="Blocks" className="max-h-72 overflow-y-auto">
          {blocks.map((block, index) => (
            <li
              key={block.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={OPTION}
              // Keep the focus in the filter field (and the editor's selection) on a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(block)}
            >
              <block.icon aria-hidden="true" className="size-4 shrink-0" />
              {block.label}
            </li>
          ))}
        </ul>
      ) : (
        <p id={listId} className="px-2 py-1 text-sm text-neutral-700 dark:text-neutral-300">
          No block matches.{origin === "slash" ? " Escape keeps what you typed." : ""}
        </p>
      )}
    </div>
  );
}
