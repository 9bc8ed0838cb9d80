"use client";

import { useState } from "react";

// A secret shown once (an API key): readable, selectable, and copyable with one press.
export function ShownOnce({ value, label, note }: { value: string; label: string; note: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
      <label htmlFor="shown-once" className="block text-sm font-semibold">{label}</label>
      <div className="mt-1 flex gap-2">
        <input id="shown-once" readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="block w-full rounded border border-neutral-400 bg-white px-2 py-1 font-mono text-xs dark:bg-neutral-900" />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(value).catch(() => undefined);
            setCopied(true);
          }}
          className="rounded border border-neutral-400 px-3 py-1 text-sm"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="mt-1 text-xs text-neutral-700 dark:text-neutral-300">{note}</p>
    </div>
  );
}
