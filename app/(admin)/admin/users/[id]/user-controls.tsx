"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction, issueLinkAction, setActiveAction, type LinkResult } from "../actions";
import { CopyLink } from "@/components/admin/copy-link";
import { FormMessage, buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { Field } from "@/components/admin/ui/field";

type Props = { userId: string; role: Role; active: boolean; isSelf: boolean };

export function UserControls({ userId, role, active, isSelf }: Props) {
  const [roleState, roleAction, rolePending] = useActionState<ActionState, FormData>(changeRoleAction, IDLE);
  const [activeState, activeAction, activePending] = useActionState<ActionState, FormData>(setActiveAction, IDLE);
  const [linkState, linkAction, linkPending] = useActionState<ActionState<LinkResult>, FormData>(issueLinkAction, IDLE);
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="role-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="role-heading" className="text-lg font-semibold">Role</h2>
        <form action={roleAction} className="mt-2 flex flex-wrap items-end gap-3">
          <input type="hidden" name="userId" value={userId} />
          <Field id="role" label="New role">
            <select name="role" defaultValue={role} className={inputClass}>
              <option value="REPORTER">Reporter</option>
              <option value="EDITOR">Editor</option>
              <option value="ADMIN">Admin</option>
            </select>
          </Field>
          <button type="submit" disabled={rolePending} className={buttonClass}>Change role</button>
        </form>
        <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Changing the role signs them out everywhere.</p>
        <div className="mt-2"><FormMessage state={roleState} pending={rolePending} /></div>
      </section>

      <section aria-labelledby="access-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="access-heading" className="text-lg font-semibold">Access</h2>
        {active ? (
          <form action={activeAction} className="mt-2">
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="active" value="false" />
            <p className="mb-2 text-sm">Deactivating stops sign-in and ends their sessions. Their articles and bylines stay.</p>
            <button type="submit" disabled={activePending || isSelf} className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:text-red-300 dark:hover:bg-red-950">
              Deactivate account
            </button>
            {isSelf ? <p className="mt-1 text-xs">You cannot deactivate your own account.</p> : null}
          </form>
        ) : (
          <form action={activeAction} className="mt-2">
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="active" value="true" />
            <button type="submit" disabled={activePending} className={secondaryButtonClass}>Reactivate account</button>
          </form>
        )}
        <div className="mt-2"><FormMessage state={activeState} pending={activePending} /></div>
      </section>

      <section aria-labelledby="password-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <form action={linkAction} className="mt-2">
          <input type="hidden" name="userId" value={userId} />
          <p className="mb-2 text-sm">A new link replaces any earlier one. Their current password keeps working until they use it.</p>
          <button type="submit" disabled={linkPending || !active} className={secondaryButtonClass}>Create password link</button>
        </form>
        <div className="mt-2"><FormMessage state={linkState} pending={linkPending} /></div>
        {linkState.status === "success" && linkState.data && !linkState.data.emailed ? <CopyLink url={linkState.data.url} label="Password link" /> : null}
      </section>
    </div>
  );
}
