"use client";

import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { XIcon } from "lucide-react";

type Props = {
  title: string;
  /** Escape, the close button or the caller's Cancel: the caller unmounts the dialog and puts focus back. */
  onClose: () => void;
  /** Where focus goes once the dialog has closed (the page behind it is inert until then). */
  returnFocus?: () => void;
  children: ReactNode;
};

/**
 * A modal dialog: the platform's <dialog> opened with showModal(), which keeps focus inside,
 * makes the page behind it inert and closes on Escape. Rendered into <body>, so a form in it is
 * never nested in the page's form (the article form); React still passes its events up to the
 * components around the dialog, so a form in it stops its own submit event.
 * Focus goes to the first field, and on close to `returnFocus` (else where it was before).
 */
export function Dialog({ title, onClose, returnFocus, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const returnFocusRef = useRef(returnFocus);
  useEffect(() => {
    onCloseRef.current = onClose;
    returnFocusRef.current = returnFocus;
  }, [onClose, returnFocus]);

  // Layout effect: the dialog closes (and focus moves back) before React removes it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    // React's autoFocus runs before the dialog is open; focus the first field now.
    dialog.querySelector<HTMLElement>("[data-autofocus], input:not([type=hidden]), select, textarea")?.focus();
    return () => {
      dialog.close();
      returnFocusRef.current?.();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      className="m-auto max-h-[90vh] w-[min(42rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-neutral-300 bg-white p-4 text-neutral-900 shadow-xl backdrop:bg-neutral-950/50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="mb-3 flex items-start justify-between gap-4">
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        <button
          type="button"
          onClick={() => onCloseRef.current()}
          title="Close"
          className="rounded p-1 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-neutral-800"
        >
          <XIcon aria-hidden="true" className="size-4" />
          <span className="sr-only">Close</span>
        </button>
      </div>
      {children}
    </dialog>,
    document.body,
  );
}
