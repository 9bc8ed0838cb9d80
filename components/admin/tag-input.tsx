"use client";

import { useId, useState, type KeyboardEvent } from "react";

type Props = { value: string[]; onChange: (tags: string[]) => void; suggestions: string[]; disabled?: boolean; error?: string };

// Pick an existing tag or create one by typing: Enter or comma adds what was typed.
// The text box is named "tags" too, so a tag typed but not yet added is still saved.
export function TagInput({ value, onChange, suggestions, disabled, error }: Props) {
  const [draft, setDraft] = useState("");
  const inputId = useId();
  const listId = useId();
  const helpId = useId();

  const add = (raw: string) => {
    const name = raw.trim().replace(/\s+/g, " ");
    if (!name) return;
    if (!value.some((t) => t.toLowerCase() === name.toLowerCase())) onChange([...value, name]);
    setDraft("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold">Tags</label>
      <ul className="mt-1 flex flex-wrap gap-2">
        {value.map((tag) => (
          <li key={tag} className="flex items-center gap-1 rounded-full bg-neutral-200 px-3 py-1 text-sm dark:bg-neutral-800">
            {tag}
            <input type="hidden" name="tags" value={tag} />
            {!disabled ? (
              <button type="button" onClick={() => onChange(value.filter((t) => t !== tag))} aria-label={`Remove tag ${tag}`} className="ml-1 rounded-full px-1 hover:bg-neutral-300 dark:hover:bg-neutral-700">
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <input
        id={inputId}
        name="tags"
        list={listId}
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => add(draft)}
        aria-describedby={helpId}
        aria-invalid={!!error}
        autoComplete="off"
        className="mt-2 block w-full rounded border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900"
      />
      <datalist id={listId}>
        {suggestions.filter((s) => !value.includes(s)).map((s) => <option key={s} value={s} />)}
      </datalist>
      <p id={helpId} className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Pick a tag or type a new one, then press Enter.</p>
      {error ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
