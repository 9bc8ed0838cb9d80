"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import type { EnabledResult } from "./actions";
import { enableTotpAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { RecoveryCodeList } from "@/components/admin/recovery-code-list";

export function SetupForm({ sealed, next }: { sealed: string; next: string }) {
  const [state, formAction, pending] = useActionState<ActionState<EnabledResult>, FormData>(enableTotpAction, IDLE);
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">{state.message}</p>
        <RecoveryCodeList codes={state.data.recoveryCodes} />
        {/* A full page load: the session is complete now, so the admin opens. */}
        <a href={next} className={`${buttonClass} inline-block`}>I have saved my codes: continue</a>
      </div>
    );
  }
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="setup" value={sealed} />
      <FormMessage state={state} pending={pending} pendingText="Checking…" />
      <div>
        <label htmlFor="code" className="block text-sm font-medium">Code from the app</label>
        <input id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" required maxLength={16} aria-invalid={!!fieldErrors.code} aria-describedby="code-error" className={inputClass} />
        <FieldError id="code-error" messages={fieldErrors.code} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>Turn on two-factor sign-in</button>
    </form>
  );
}
