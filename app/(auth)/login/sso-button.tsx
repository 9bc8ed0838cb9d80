"use client";

import { useActionState } from "react";
import { Building2 } from "lucide-react";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";

// The identity provider's button: the action starts the OpenID Connect flow and redirects.
export function SsoButton({ label, from, action }: { label: string; from: string; action: FormAction }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="from" value={from} />
      {state.status === "error" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{state.message}</p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="flex w-full items-center justify-center gap-2 rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-500 dark:bg-neutral-900 dark:hover:bg-neutral-800"
      >
        <Building2 aria-hidden="true" size={18} />
        {label}
      </button>
    </form>
  );
}
