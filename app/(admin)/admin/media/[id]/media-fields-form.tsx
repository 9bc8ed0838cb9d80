"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { updateMediaAction } from "../actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function MediaFieldsForm({ id, alt, caption, credit }: { id: string; alt: string; caption: string; credit: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updateMediaAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="fields-heading">
      <h2 id="fields-heading" className="text-lg font-semibold">Description</h2>
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} pending={pending} />
      <div>
        <label htmlFor="alt" className="block text-sm font-semibold">Alt text</label>
        <textarea id="alt" name="alt" defaultValue={alt} rows={2} maxLength={500} aria-describedby="alt-help alt-error" className={inputClass} />
        <p id="alt-help" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">What the picture shows, for readers who cannot see it. Articles cannot be published with an image that lacks it.</p>
        <FieldError id="alt-error" messages={fieldErrors.alt} />
      </div>
      <div>
        <label htmlFor="caption" className="block text-sm font-semibold">Caption</label>
        <textarea id="caption" name="caption" defaultValue={caption} rows={2} maxLength={1000} className={inputClass} />
        <FieldError id="caption-error" messages={fieldErrors.caption} />
      </div>
      <div>
        <label htmlFor="credit" className="block text-sm font-semibold">Credit</label>
        <input id="credit" name="credit" defaultValue={credit} maxLength={200} placeholder="Photographer / Agency" className={inputClass} />
        <FieldError id="credit-error" messages={fieldErrors.credit} />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>Save description</button>
    </form>
  );
}
