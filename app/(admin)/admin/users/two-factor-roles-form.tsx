"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { setTwoFactorRolesAction } from "./actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

// Labels come from the page: lib/users/schema is server-side (its password rules read a file).
export function TwoFactorRolesForm({ required, labels }: { required: Role[]; labels: Record<Role, string> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setTwoFactorRolesAction, IDLE);
  return (
    <form action={action} className="mt-10 max-w-xl rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <fieldset>
        <legend className="text-lg font-semibold">Require two-factor sign-in</legend>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">People in these roles must use an authenticator app (or a passkey). Anyone without one is led through setting it up at their next page, before they can do anything else.</p>
        <div className="mt-3 flex flex-wrap gap-5">
          {(Object.keys(labels) as Role[]).map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="roles" value={role} defaultChecked={required.includes(role)} className="h-4 w-4" />
              {labels[role]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} mt-4`}>Save requirement</button>
      <div className="mt-2"><FormMessage state={state} pending={pending} /></div>
    </form>
  );
}
