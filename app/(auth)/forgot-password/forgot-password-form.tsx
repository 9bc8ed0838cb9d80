"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { requestResetAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(requestResetAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  if (state.status === "success") {
    return <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">{state.message}</p>;
  }
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} pending={pending} pendingText="Sending…" />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-invalid={!!fieldErrors.email} aria-describedby="email-error" className={inputClass} />
        <FieldError id="email-error" messages={fieldErrors.email} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>Send me a link</button>
    </form>
  );
}
