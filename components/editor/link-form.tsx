"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState, type KeyboardEvent } from "react";
import { LINK_RULES_MESSAGE, isAllowedHref, normalizeLinkInput } from "@/lib/content/link-url";
import { TOOLBAR_BUTTON_CLASS } from "./toolbar-button-class";

type LinkFormProps = { id: string; editor: Editor; onClose: () => void };

// Not a <form>: the editor sits inside the article's form, and forms cannot nest.
export function LinkForm({ id, editor, onClose }: LinkFormProps) {
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
      <button type="button" className={TOOLBAR_BUTTON_CLASS} onClick={applyLink}>
        Apply link
      </button>
      <button type="button" className={TOOLBAR_BUTTON_CLASS} onClick={removeLink}>
        Remove link
      </button>
    </div>
  );
}
