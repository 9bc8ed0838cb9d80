"use client";

import { useActionState } from "react";
import { Link } from "@/components/admin/ui/link";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { addUserAction, type LinkResult } from "../actions";
import { CopyLink } from "@/components/admin/copy-link";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";

export function AddUserForm() {
  const [state, formAction, pending] = useActionState<ActionState<LinkResult & { id: string }>, FormData>(addUserAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  if (state.status === "success" && state.data) {
    return (
      <div>
        <FormMessage state={state} />
        {state.data.emailed ? null : <CopyLink url={state.data.url} label="Set-password link" />}
        <p className="mt-6 flex gap-4 text-sm">
          <Link href={`/admin/users/${state.data.id}`} className="underline">Open their account</Link>
          <a href="/admin/users/new" className="underline">Add another person</a>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} pending={pending} pendingText="Adding…" />
      <Field id="name" label="Name" errors={fieldErrors.name}>
        <input name="name" required maxLength={120} autoComplete="off" className={inputClass} />
      </Field>
      <Field id="email" label="Email" errors={fieldErrors.email}>
        <input name="email" type="email" required autoComplete="off" className={inputClass} />
      </Field>
      <Field id="role" label="Role">
        <select name="role" defaultValue="REPORTER" className={inputClass}>
          <option value="REPORTER">Reporter: writes and edits their own drafts</option>
          <option value="EDITOR">Editor: edits and publishes everything, manages tags</option>
          <option value="ADMIN">Admin: everything, including staff accounts</option>
        </select>
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>Add and create link</button>
    </form>
  );
}
