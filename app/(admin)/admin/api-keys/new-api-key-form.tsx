"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { API_KEY_NAME_MAX } from "@/lib/api-keys/schema";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { ShownOnce } from "@/components/admin/shown-once";
import { createApiKeyAction, type CreatedKey } from "./actions";

export function NewApiKeyForm() {
  const [state, formAction, pending] = useActionState<ActionState<CreatedKey>, FormData>(createApiKeyAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading" className="font-semibold">New API key</h2>
      <FormMessage state={state} pending={pending} pendingText="Creating…" />
      {state.status === "success" && state.data ? (
        <ShownOnce value={state.data.key} label={`The key for “${state.data.name}”`} note="Copy it now: it is stored only as a hash and is not shown again." />
      ) : null}
      <Field id="new-key-name" label="Name" hint="Who or what will use it, such as “iOS app” or “Partner: Gulf Times”." errors={fieldErrors.name}>
        <input name="name" required maxLength={API_KEY_NAME_MAX} className={inputClass} />
      </Field>
      <Field id="new-key-drafts" label="Also read drafts (drafts:read scope)" hint="Only for trusted integrations: the key can then read every unpublished and embargoed story.">
        <input type="checkbox" name="draftsRead" className="h-4 w-4" />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>Create key</button>
    </form>
  );
}
