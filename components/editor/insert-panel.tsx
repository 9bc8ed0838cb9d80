"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/react";
import { ArticleCardForm, BUTTON, EmbedForm, FactBoxForm, GalleryForm, PullQuoteForm, TableForm, type FormMode } from "./element-forms";

// The "Insert" control: an embed from a link, or a story element. Not a <form> (the
// editor sits inside the article's form). Each kind is its own small form
// (element-forms.tsx, shared with the Edit dialog), so a later slash menu or insert menu can
// open one directly (`initialKind`).
export const INSERT_KINDS = {
  embed: "Embed from a link",
  pullQuote: "Pull quote",
  factBox: "Fact box",
  table: "Table",
  gallery: "Gallery",
  articleCard: "Article card",
  divider: "Divider",
} as const;
export type InsertKind = keyof typeof INSERT_KINDS;

type Props = { id: string; editor: Editor; onClose: () => void; initialKind?: InsertKind };

const FIELD = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 dark:border-neutral-600 dark:bg-neutral-950 dark:text-neutral-100";
const INSERT: FormMode = { kind: "insert" };

export function InsertPanel({ id, editor, onClose, initialKind = "embed" }: Props) {
  const [kind, setKind] = useState<InsertKind>(initialKind);
  const kindId = useId();
  const done = () => {
    editor.commands.focus();
    onClose();
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      done();
    }
    // Enter would otherwise submit the article form around the editor.
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
  }

  const props = { editor, done, mode: INSERT };
  return (
    <div id={id} role="group" aria-label="Insert" onKeyDown={onKeyDown} className="space-y-3 border-b border-neutral-300 p-3 dark:border-neutral-700">
      <div>
        <label htmlFor={kindId} className="block text-sm font-semibold">What to insert</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as InsertKind)} className={FIELD}>
          {Object.entries(INSERT_KINDS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      {kind === "embed" ? <EmbedForm {...props} /> : null}
      {kind === "pullQuote" ? <PullQuoteForm {...props} /> : null}
      {kind === "factBox" ? <FactBoxForm {...props} /> : null}
      {kind === "table" ? <TableForm {...props} /> : null}
      {kind === "gallery" ? <GalleryForm {...props} /> : null}
      {kind === "articleCard" ? <ArticleCardForm {...props} /> : null}
      {kind === "divider" ? (
        <div className="flex gap-2">
          <button type="button" className={BUTTON} onClick={() => { editor.chain().focus().insertDivider().run(); done(); }}>Insert divider</button>
          <button type="button" className={BUTTON} onClick={done}>Cancel</button>
        </div>
      ) : null}
    </div>
  );
}
