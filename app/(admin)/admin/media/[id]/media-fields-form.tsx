"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { updateMediaAction } from "../actions";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";

export function MediaFieldsForm({ id, alt, caption, credit }: { id: string; alt: string; caption: string; credit: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(updateMediaAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="fields-heading">
      <h2 id="fields-heading" className="text-lg font-semibold">Description</h2>
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} pending={pending} />
      <Field
        id="alt"
        label="Alt text"
        hint="What the picture shows, for readers who cannot see it. Articles cannot be published with an image that lacks it."
        errors={fieldErrors.alt}
      >
        <textarea name="alt" defaultValue={alt} rows={2} maxLength={500} className={inputClass} />
      </Field>
      <Field id="caption" label="Caption" errors={fieldErrors.caption}>
        <textarea name="caption" defaultValue={caption} rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <Field id="credit" label="Credit" errors={fieldErrors.credit}>
        <input name="credit" defaultValue={credit} maxLength={200} placeholder="Photographer / Agency" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>Save description</button>
    </form>
  );
}
