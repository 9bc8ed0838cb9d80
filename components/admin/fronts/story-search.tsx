"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { StoryOption } from "@/lib/fronts/get-front-for-editing";
import { inputClass } from "@/components/admin/form-message";
import { describeStory } from "@/components/admin/fronts/story-state";

type Props = {
  label: string;
  search: (query: string) => Promise<StoryOption[]>;
  onPick: (story: StoryOption) => void;
  disabled?: boolean;
  /** Already on this front: shown, but marked. */
  taken: ReadonlySet<string>;
};

/**
 * Search-as-you-type for a story (ARIA combobox with a listbox): type words of a
 * headline, move with the arrow keys, Enter picks, Escape closes. Answers are asked for
 * 200 ms after the last key, and a late answer to an older query is ignored.
 */
export function StorySearch({ label, search, onPick, disabled, taken }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<StoryOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const asked = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      void search(query).then((found) => {
        if (ticket !== asked.current) return;
        setResults(found);
        setActive(found.length > 0 ? 0 : -1);
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open, search]);

  const pick = (story: StoryOption | undefined) => {
    if (!story) return;
    onPick(story);
    setQuery("");
    setOpen(false);
    setResults([]);
  };
  const listId = `${id}-list`;
  return (
    <div className="relative mt-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-semibold">{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder="Type words of a headline"
        maxLength={100}
        value={query}
        disabled={disabled}
        className={inputClass}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === "Enter") {
            if (open && active >= 0) {
              e.preventDefault();
              pick(results[active]);
            }
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: results`} hidden={!open || results.length === 0} className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded border border-neutral-400 bg-white shadow dark:border-neutral-600 dark:bg-neutral-900">
        {results.map((story, i) => (
          <li
            key={story.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-neutral-200 dark:bg-neutral-700" : ""}`}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(story);
            }}
          >
            <span className="font-medium">{story.headline}</span>{" "}
            <span className="text-neutral-700 dark:text-neutral-300">({describeStory(story, new Date())}{taken.has(story.id) ? ", already on this front" : ""})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
