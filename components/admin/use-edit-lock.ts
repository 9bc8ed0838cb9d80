"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { IDLE, type FormAction } from "@/lib/actions/action-state";
import type { LockView } from "@/lib/articles/article-form-types";

const HEARTBEAT_MS = 30_000;

type Options = {
  articleId: string | undefined;
  canEdit: boolean;
  initial: LockView | undefined;
  /** True while the form holds changes not yet saved explicitly. */
  dirty: RefObject<boolean>;
  heartbeatAction: FormAction<LockView>;
};

// The article's editing lock as this page sees it, and the heartbeat that keeps it.
export function useEditLock({ articleId, canEdit, initial, dirty, heartbeatAction }: Options) {
  const [lock, setLock] = useState<LockView>(initial ?? { held: "none" });
  // A refreshed page hands down a new action reference; that must not restart the heartbeat.
  const heartbeatRef = useRef(heartbeatAction);
  useEffect(() => {
    heartbeatRef.current = heartbeatAction;
  }, [heartbeatAction]);

  // takeOver: the person saw someone else's name and chose to edit anyway.
  const beat = useCallback(
    async (takeOver = false) => {
      if (!articleId || !canEdit) return;
      const formData = new FormData();
      formData.set("id", articleId);
      if (takeOver) formData.set("takeOver", "1");
      const result = await heartbeatRef.current(IDLE, formData);
      if (result.status === "success" && result.data) setLock(result.data);
    },
    [articleId, canEdit],
  );

  // The lock follows activity, not an open tab: while there are unsaved changes the
  // heartbeat keeps it (and learns when someone takes over); an idle page lets it lapse.
  useEffect(() => {
    if (!articleId || !canEdit) return;
    const timer = setInterval(() => {
      if (dirty.current) void beat();
    }, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [articleId, canEdit, beat, dirty]);

  return { lock, setLock, beat };
}
