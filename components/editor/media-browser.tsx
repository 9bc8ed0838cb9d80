"use client";

import { useEffect, useId, useState } from "react";
import type { UploadedImage } from "./upload-image";

// Searches the library (GET /api/media) and lets one image be chosen.
export function MediaBrowser({ onChoose }: { onChoose: (image: UploadedImage) => void }) {
  const searchId = useId();
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<UploadedImage[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/media?q=${encodeURIComponent(query)}`, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(async (response) => {
          const body = (await response.json()) as { items?: UploadedImage[]; message?: string };
          if (!response.ok) throw new Error(body.message ?? "The library could not be loaded.");
          setItems(body.items ?? []);
          setError(null);
        })
        .catch((e: unknown) => {
          if ((e as { name?: string }).name !== "AbortError") setError(e instanceof Error ? e.message : "The library could not be loaded.");
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div>
      <label htmlFor={searchId} className="block text-sm font-semibold">Search the library</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-950"
      />
      {error ? <p role="alert" className="mt-2 text-sm text-red-700">{error}</p> : null}
      {items === null ? <p className="mt-2 text-sm">Loading…</p> : null}
      {items?.length === 0 ? <p className="mt-2 text-sm">{query ? "No image matches." : "The library is empty. Upload an image."}</p> : null}
      <ul className="mt-2 grid max-h-72 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4" aria-label="Library images">
        {items?.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => onChoose(item)}
              className="block w-full rounded border border-neutral-300 p-1 text-left text-xs hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-neutral-700"
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={thumbnail(item)} alt="" width={160} height={Math.round((160 * item.height) / item.width)} className="aspect-video w-full object-cover" />
              <span className="mt-1 block truncate">{item.alt || item.caption || "No alt text yet"}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function thumbnail(item: Pick<UploadedImage, "storageKey" | "widths">): string {
  return `/api/media/${item.storageKey}/${Math.min(...item.widths)}.webp`;
}
