"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { createTagAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function NewTagForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createTagAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby="new-tag-heading">
      <h2 id="new-tag-heading" className="font-semibold">New tag</h2>
      <FormMessage state={state} pending={pending} />
      <div>
        <label htmlFor="new-tag-name" className="block text-sm font-semibold">Tag name</label>
        <input id="new-tag-name" name="name" required maxLength={60} aria-invalid={!!fieldErrors.name} aria-describedby="new-tag-name-error" className={inputClass} />
        <FieldError id="new-tag-name-error" messages={fieldErrors.name} />
      </div>
      <div>
        <label htmlFor="new-tag-description" className="block text-sm font-semibold">Tag description (optional)</label>
        <textarea id="new-tag-description" name="description" rows={2} maxLength={500} className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>Create tag</button>
    </form>
  );
}
