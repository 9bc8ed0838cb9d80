"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { COMMENT_MAX_CHARS } from "@/lib/comments/limits";

export type StaffOption = { id: string; name: string };

type Props = {
  label: string;
  submitLabel: string;
  staff: readonly StaffOption[];
  initialBody?: string;
  /** Posts the comment; answers an error message to show, or null when it went. */
  onSubmit: (body: string, mentionIds: string[]) => Promise<string | null>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

const MAX_SUGGESTIONS = 6;

// The "@" being typed just before the caret: what follows it, up to 30 characters on one line.
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0 || (at > 0 && !/\s|[(\[]/u.test(before[at - 1] ?? ""))) return null;
  const query = before.slice(at + 1);
  if (query.length > 30 || query.includes("\n")) return null;
  return { start: at, query };
}

function matchStaff(staff: readonly StaffOption[], query: string): StaffOption[] {
  const q = query.toLowerCase();
  return staff
    .filter((person) => {
      const name = person.name.toLowerCase();
      return name !== q.trimEnd() && (name.startsWith(q) || name.split(/\s+/u).some((word) => word.startsWith(q)));
    })
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * A comment box with @mention suggestions from active staff: type "@" and part of a
 * name, then ↑/↓ and Enter (or Tab) to pick, Escape to close. Ctrl+Enter posts.
 * No <form>: it sits inside the article form, so it posts through its own handler.
 */
export function CommentComposer({ label, submitLabel, staff, initialBody = "", onSubmit, onCancel, autoFocus }: Props) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [picked, setPicked] = useState<StaffOption[]>([]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const suggestions = query ? matchStaff(staff, query.query) : [];
  const open = suggestions.length > 0;
  const listId = `${id}-people`;
  const optionId = (index: number) => `${id}-person-${index}`;

  const readQuery = (text: string, caret: number) => {
    setQuery(mentionQuery(text, caret));
    setActive(0);
  };

  const pick = (person: StaffOption) => {
    if (!query) return;
    const caret = textarea.current?.selectionStart ?? body.length;
    const next = `${body.slice(0, query.start)}@${person.name} ${body.slice(caret)}`;
    setBody(next);
    setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setQuery(null);
    const at = query.start + person.name.length + 2;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at, at);
    });
  };

  const submit = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    // Only the people still named in the text are mentioned.
    const mentionIds = picked.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id);
    const problem = await onSubmit(body, mentionIds);
    setPending(false);
    if (problem) setError(problem);
    else {
      setBody("");
      setPicked([]);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      setActive((i) => (i + (event.key === "ArrowDown" ? 1 : suggestions.length - 1)) % suggestions.length);
      return;
    }
    if (open && (event.key === "Enter" || event.key === "Tab") && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const person = suggestions[active];
      if (person) pick(person);
      return;
    }
    if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
      } else if (onCancel) {
        event.preventDefault();
        onCancel();
      }
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-body`} className="block text-sm font-semibold">{label}</label>
      <div className="relative">
        <textarea
          id={`${id}-body`}
          ref={textarea}
          value={body}
          rows={3}
          maxLength={COMMENT_MAX_CHARS}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? optionId(active) : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            readQuery(e.target.value, e.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setQuery(null)}
          className="w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
        />
        {open ? (
          <ul id={listId} role="listbox" aria-label="People to mention" className="absolute left-0 right-0 z-20 mt-1 max-h-48 overflow-auto rounded border border-neutral-300 bg-white text-sm shadow dark:border-neutral-700 dark:bg-neutral-900">
            {suggestions.map((person, index) => (
              <li
                key={person.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: the textarea keeps its focus and caret.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(person);
                }}
                className={`cursor-pointer px-2 py-1 ${index === active ? "bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50" : ""}`}
              >
                {person.name}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="text-xs text-neutral-700 dark:text-neutral-300">Type @ and a name to mention someone; Ctrl+Enter posts.</p>
      <p className="sr-only" aria-live="polite">{open ? `${suggestions.length} ${suggestions.length === 1 ? "person matches" : "people match"}. Use the up and down arrows and Enter to pick.` : ""}</p>
      {error ? <p id={`${id}-error`} role="alert" className="text-sm text-red-800 dark:text-red-300">{error}</p> : null}
      <div className="flex gap-2">
        <button type="button" onClick={() => void submit()} disabled={pending || !body.trim()} className="rounded bg-sky-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "Posting…" : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="rounded border border-neutral-400 px-3 py-1 text-sm">Cancel</button>
        ) : null}
      </div>
    </div>
  );
}
