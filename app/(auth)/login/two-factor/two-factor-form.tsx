"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { verifyCodeAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function TwoFactorForm({ from }: { from: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(verifyCodeAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="from" value={from} />
      <FormMessage state={state} pending={pending} pendingText="Checking…" />
      <div>
        <label htmlFor="code" className="block text-sm font-medium">Authentication code</label>
        <p id="code-hint" className="text-sm text-neutral-700 dark:text-neutral-300">The 6-digit code your authenticator app shows for this account. Lost your phone? Enter one of your recovery codes instead.</p>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="text"
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={64}
          aria-invalid={!!fieldErrors.code}
          aria-describedby="code-hint code-error"
          className={inputClass}
        />
        <FieldError id="code-error" messages={fieldErrors.code} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>Verify</button>
    </form>
  );
}
