"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { createTagAction } from "./actions";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";

export function NewTagForm() {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createTagAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby="new-tag-heading">
      <h2 id="new-tag-heading" className="font-semibold">New tag</h2>
      <FormMessage state={state} pending={pending} />
      <Field id="new-tag-name" label="Tag name" errors={fieldErrors.name}>
        <input name="name" required maxLength={60} className={inputClass} />
      </Field>
      <Field id="new-tag-description" label="Tag description (optional)">
        <textarea name="description" rows={2} maxLength={500} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>Create tag</button>
    </form>
  );
}
