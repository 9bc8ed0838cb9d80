"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";

type Props<T> = {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  children: ReactNode;
  className?: string;
  label?: string;
  confirm?: string;
  // Extra output for a success (e.g. a link shown once).
  renderSuccess?: (data: T) => ReactNode;
};

// A small form bound to a server action: its answer (success or a reason it failed)
// is announced next to it.
export function ActionForm<T>({ action, children, className, label, confirm, renderSuccess }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, IDLE);
  return (
    <form
      action={formAction}
      aria-label={label}
      aria-busy={pending}
      className={className}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
      {state.status === "error" ? (
        <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">{state.message}</p>
      ) : null}
      {state.status === "success" ? (
        <div role="status" className="mt-2 text-sm text-green-900 dark:text-green-200">
          <p>{state.message}</p>
          {renderSuccess && state.data !== undefined ? renderSuccess(state.data) : null}
        </div>
      ) : null}
    </form>
  );
}
