"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { changePasswordAction, updateProfileAction } from "./actions";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";

export function ProfileForms({ name, bio, email }: { name: string; bio: string; email: string }) {
  const [profileState, profileAction, profilePending] = useActionState<ActionState, FormData>(updateProfileAction, IDLE);
  const [passwordState, passwordAction, passwordPending] = useActionState<ActionState, FormData>(changePasswordAction, IDLE);
  const pe = readFieldErrors(profileState);
  const we = readFieldErrors(passwordState);
  return (
    <div className="space-y-10">
      <form action={profileAction} className="space-y-5" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">About you</h2>
        <FormMessage state={profileState} pending={profilePending} />
        <Field id="name" label="Name" errors={pe.name}>
          <input name="name" defaultValue={name} required maxLength={120} className={inputClass} />
        </Field>
        <Field id="bio" label="Bio" errors={pe.bio}>
          <textarea name="bio" defaultValue={bio} rows={4} maxLength={1000} className={inputClass} />
        </Field>
        <button type="submit" disabled={profilePending} className={buttonClass}>Save profile</button>
      </form>

      <form action={passwordAction} className="space-y-5" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Change your password</h2>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">At least 12 characters. You will be signed out everywhere and sign in again with the new one.</p>
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <FormMessage state={passwordState} pending={passwordPending} />
        <Field id="current" label="Current password" errors={we.current}>
          <input name="current" type="password" autoComplete="current-password" required className={inputClass} />
        </Field>
        <Field id="new-password" label="New password" errors={we.password}>
          <input name="password" type="password" autoComplete="new-password" required minLength={12} className={inputClass} />
        </Field>
        <Field id="confirm" label="New password again" errors={we.confirm}>
          <input name="confirm" type="password" autoComplete="new-password" required className={inputClass} />
        </Field>
        <button type="submit" disabled={passwordPending} className={buttonClass}>Change password</button>
      </form>
    </div>
  );
}
