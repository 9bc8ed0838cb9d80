import type { ActionState } from "@/lib/actions/action-state";

// The answer to a form: an alert for errors, a status line otherwise.
export function FormMessage({ state, pending, pendingText = "Saving…" }: { state: ActionState<unknown>; pending?: boolean; pendingText?: string }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {state.message}
      </p>
    );
  }
  return (
    <p role="status" className="min-h-5 text-sm text-neutral-700 dark:text-neutral-300">
      {pending ? pendingText : state.status === "success" ? state.message : ""}
    </p>
  );
}

// Kept here for forms outside the admin (set-password) that import it from this file.
export { FieldError } from "@/components/admin/ui/field";

export const inputClass =
  "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 disabled:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:disabled:bg-neutral-800";
export const buttonClass =
  "rounded bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900";
export const secondaryButtonClass =
  "rounded border border-neutral-400 bg-white px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-900 dark:hover:bg-neutral-800";
