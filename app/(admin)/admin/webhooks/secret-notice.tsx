"use client";

import { useState } from "react";

// A signing secret, shown once: readable, selectable, and copyable with one press.
export function SecretNotice({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-neutral-900 dark:border-amber-800 dark:bg-amber-950 dark:text-neutral-100">
      <label htmlFor="webhook-secret" className="block text-sm font-semibold">Signing secret</label>
      <div className="mt-1 flex gap-2">
        <input id="webhook-secret" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} className="block w-full rounded border border-neutral-400 bg-white px-2 py-1 font-mono text-xs dark:bg-neutral-900" />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(secret).catch(() => undefined);
            setCopied(true);
          }}
          className="rounded border border-neutral-400 px-3 py-1 text-sm"
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="mt-1 text-xs">Give it to the receiver, which verifies each delivery with it (Standard Webhooks). It is not shown again.</p>
    </div>
  );
}
