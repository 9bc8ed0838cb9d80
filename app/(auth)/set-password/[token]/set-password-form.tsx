"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { setPasswordAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(setPasswordAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormMessage state={state} pending={pending} />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">New password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={12} aria-invalid={!!fieldErrors.password} aria-describedby="password-error" className={inputClass} />
        <FieldError id="password-error" messages={fieldErrors.password} />
      </div>
      <div>
        <label htmlFor="confirm" className="block text-sm font-medium">Type it again</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={!!fieldErrors.confirm} aria-describedby="confirm-error" className={inputClass} />
        <FieldError id="confirm-error" messages={fieldErrors.confirm} />
      </div>
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>Set password</button>
    </form>
  );
}
