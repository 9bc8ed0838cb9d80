"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { endOtherSessionsAction, endSessionAction } from "./actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(endSessionAction, IDLE);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={pending} className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:hover:bg-neutral-800">
        End<span className="sr-only"> session on {device}</span>
      </button>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

export function EndOtherSessionsForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(endOtherSessionsAction, IDLE);
  return (
    <form action={action} className="mt-6 space-y-2">
      <button type="submit" disabled={pending} className={secondaryButtonClass}>Sign out everywhere else</button>
      <FormMessage state={state} pending={pending} />
    </form>
  );
}
