"use client";

import { useSyncExternalStore, type ReactNode, type RefObject } from "react";
import { SlidersHorizontalIcon, XIcon } from "lucide-react";
import { secondaryButtonClass } from "@/components/admin/form-message";

// Tailwind's lg breakpoint: from here the settings sit beside the writing.
const WIDE_QUERY = "(min-width: 64rem)";

/** True on screens wide enough for the side panel; the server renders the wide layout. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE_QUERY);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE_QUERY).matches,
    () => true,
  );
}

const HEADING = "Article settings";

/** The button that opens the settings sheet on narrower screens (tablets, phones). */
export function SettingsOpener({ sheetRef }: { sheetRef: RefObject<HTMLDialogElement | null> }) {
  return (
    <button type="button" aria-haspopup="dialog" className={`${secondaryButtonClass} inline-flex items-center gap-2`} onClick={() => sheetRef.current?.showModal()}>
      <SlidersHorizontalIcon aria-hidden="true" className="size-4" />
      {HEADING}
    </button>
  );
}

// The article's settings (section, tags, bylines, image, dateline, slug, schedule): a side
// panel on wide screens, a modal sheet (a native <dialog>: focus kept inside, Escape
// closes, the page behind inert) on narrower ones. The fields stay inside the article's
// <form> either way, so they are saved with it. The form keeps their values, so moving
// between the two layouts (a rotated tablet) loses nothing.
export function SettingsPanel({ wide, sheetRef, children }: { wide: boolean; sheetRef: RefObject<HTMLDialogElement | null>; children: ReactNode }) {
  if (wide) {
    return (
      <aside aria-labelledby="settings-heading" className="space-y-6 self-start rounded-md border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="settings-heading" className="text-lg font-semibold">{HEADING}</h2>
        {children}
      </aside>
    );
  }
  return (
    <dialog
      ref={sheetRef}
      aria-labelledby="settings-heading"
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-none w-full max-w-md overflow-y-auto bg-white p-4 text-neutral-900 shadow-xl backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 id="settings-heading" className="text-lg font-semibold">{HEADING}</h2>
        <button type="button" className={`${secondaryButtonClass} inline-flex items-center gap-1`} onClick={() => sheetRef.current?.close()}>
          <XIcon aria-hidden="true" className="size-4" />
          Close
        </button>
      </div>
      <div className="space-y-6">{children}</div>
    </dialog>
  );
}
