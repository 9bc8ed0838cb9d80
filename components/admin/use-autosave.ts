"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { IDLE, type FormAction } from "@/lib/actions/action-state";
import type { AutosaveResult, LockView } from "@/lib/articles/article-form-types";

const AUTOSAVE_DELAY_MS = 3000;

type Options = {
  articleId: string | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  /** True while the form holds changes not yet saved explicitly. */
  dirty: RefObject<boolean>;
  /** Counts edits; each one restarts the timer. */
  changes: number;
  /** The version the form was loaded or last saved at. */
  version: number | undefined;
  readOnly: boolean;
  autosaveAction: FormAction<AutosaveResult>;
  /** Called when an autosave starts, so the page can show its progress. */
  onStart: () => void;
  onLock: (lock: LockView) => void;
};

// Autosave a few seconds after typing stops: one rolling copy per person, off the record.
// Only while there are unsaved changes: an explicit save clears them. Returns the line
// to show about it ("Saving…", when it was saved, or why it was not).
export function useAutosave({ articleId, formRef, dirty, changes, version, readOnly, autosaveAction, onStart, onLock }: Options): string | null {
  const [text, setText] = useState<string | null>(null);

  // Read when the timer fires, so an explicit save in between is the base, not the
  // version the timer was started at.
  const versionRef = useRef(version);
  useEffect(() => {
    versionRef.current = version;
  }, [version]);
  // Callbacks and the action are read through refs: a re-render (or a refreshed page's new
  // action reference) must not restart the timer, only a new edit does.
  const autosaveRef = useRef(autosaveAction);
  const onStartRef = useRef(onStart);
  const onLockRef = useRef(onLock);
  useEffect(() => {
    autosaveRef.current = autosaveAction;
    onStartRef.current = onStart;
    onLockRef.current = onLock;
  }, [autosaveAction, onStart, onLock]);

  useEffect(() => {
    if (changes === 0 || readOnly || !dirty.current) return;
    if (!articleId) {
      setText("Not saved yet: save the draft once to turn on autosave.");
      onStartRef.current();
      return;
    }
    const timer = setTimeout(async () => {
      const form = formRef.current;
      if (!form || !dirty.current) return;
      const formData = new FormData(form);
      if (versionRef.current !== undefined) formData.set("version", String(versionRef.current));
      setText("Saving…");
      onStartRef.current();
      try {
        const result = await autosaveRef.current(IDLE, formData);
        if (result.status === "success") {
          setText(result.message);
          if (result.data) onLockRef.current(result.data.lock);
        } else if (result.status === "error") {
          setText(result.message.startsWith("Not saved") ? result.message : `Not saved: ${result.message}`);
        }
      } catch {
        setText("Not saved: the server could not be reached. Keep this page open and try again.");
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changes, articleId, readOnly, dirty, formRef]);

  return text;
}
