"use client";

import { useActionState } from "react";
import Link from "next/link";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { addUserAction, type LinkResult } from "../actions";
import { CopyLink } from "@/components/admin/copy-link";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function AddUserForm() {
  const [state, formAction, pending] = useActionState<ActionState<LinkResult & { id: string }>, FormData>(addUserAction, IDLE);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
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
      <div>
        <label htmlFor="name" className="block text-sm font-semibold">Name</label>
        <input id="name" name="name" required maxLength={120} autoComplete="off" aria-invalid={!!fieldErrors.name} aria-describedby={fieldErrors.name ? "name-error" : undefined} className={inputClass} />
        <FieldError id="name-error" messages={fieldErrors.name} />
      </div>
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">Email</label>
        <input id="email" name="email" type="email" required autoComplete="off" aria-invalid={!!fieldErrors.email} aria-describedby={fieldErrors.email ? "email-error" : undefined} className={inputClass} />
        <FieldError id="email-error" messages={fieldErrors.email} />
      </div>
      <div>
        <label htmlFor="role" className="block text-sm font-semibold">Role</label>
        <select id="role" name="role" defaultValue="REPORTER" className={inputClass}>
          <option value="REPORTER">Reporter: writes and edits their own drafts</option>
          <option value="EDITOR">Editor: edits and publishes everything, manages tags</option>
          <option value="ADMIN">Admin: everything, including staff accounts</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>Add and create link</button>
    </form>
  );
}
