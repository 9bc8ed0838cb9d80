"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { changePasswordAction, updateProfileAction } from "./actions";
import { FieldError, FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";

export function ProfileForms({ name, bio, email }: { name: string; bio: string; email: string }) {
  const [profileState, profileAction, profilePending] = useActionState<ActionState, FormData>(updateProfileAction, IDLE);
  const [passwordState, passwordAction, passwordPending] = useActionState<ActionState, FormData>(changePasswordAction, IDLE);
  const pe = profileState.status === "error" ? (profileState.fieldErrors ?? {}) : {};
  const we = passwordState.status === "error" ? (passwordState.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-10">
      <form action={profileAction} className="space-y-5" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">About you</h2>
        <FormMessage state={profileState} pending={profilePending} />
        <div>
          <label htmlFor="name" className="block text-sm font-semibold">Name</label>
          <input id="name" name="name" defaultValue={name} required maxLength={120} aria-invalid={!!pe.name} aria-describedby="name-error" className={inputClass} />
          <FieldError id="name-error" messages={pe.name} />
        </div>
        <div>
          <label htmlFor="bio" className="block text-sm font-semibold">Bio</label>
          <textarea id="bio" name="bio" defaultValue={bio} rows={4} maxLength={1000} aria-invalid={!!pe.bio} aria-describedby="bio-error" className={inputClass} />
          <FieldError id="bio-error" messages={pe.bio} />
        </div>
        <button type="submit" disabled={profilePending} className={buttonClass}>Save profile</button>
      </form>

      <form action={passwordAction} className="space-y-5" aria-labelledby="password-heading">
        <h2 id="password-heading" className="text-lg font-semibold">Change your password</h2>
        <p className="text-sm text-neutral-700 dark:text-neutral-300">At least 12 characters. You will be signed out everywhere and sign in again with the new one.</p>
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <FormMessage state={passwordState} pending={passwordPending} />
        <div>
          <label htmlFor="current" className="block text-sm font-semibold">Current password</label>
          <input id="current" name="current" type="password" autoComplete="current-password" required aria-invalid={!!we.current} aria-describedby="current-error" className={inputClass} />
          <FieldError id="current-error" messages={we.current} />
        </div>
        <div>
          <label htmlFor="new-password" className="block text-sm font-semibold">New password</label>
          <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={12} aria-invalid={!!we.password} aria-describedby="new-password-error" className={inputClass} />
          <FieldError id="new-password-error" messages={we.password} />
        </div>
        <div>
          <label htmlFor="confirm" className="block text-sm font-semibold">New password again</label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" required aria-invalid={!!we.confirm} aria-describedby="confirm-error" className={inputClass} />
          <FieldError id="confirm-error" messages={we.confirm} />
        </div>
        <button type="submit" disabled={passwordPending} className={buttonClass}>Change password</button>
      </form>
    </div>
  );
}
