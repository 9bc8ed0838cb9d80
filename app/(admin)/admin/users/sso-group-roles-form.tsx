"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { mapGroupToRoleAction, unmapGroupAction } from "./actions";

type GroupRole = { group: string; role: Role };
type Row = GroupRole & { fromDeployment: boolean };

type Props = {
  /** The single sign-on button's label, or null when single sign-on is off. */
  button: string | null;
  deployment: GroupRole[];
  stored: GroupRole[];
  labels: Record<Role, string>;
};

// Identity-provider groups → Dateline roles. Admin-kept mappings can be removed here; the
// deployment's own (OIDC_GROUP_ROLES) are listed so the whole rule is in sight.
export function SsoGroupRolesForm({ button, deployment, stored, labels }: Props) {
  const [addState, addAction, adding] = useActionState<ActionState, FormData>(mapGroupToRoleAction, IDLE);
  const [removeState, removeAction, removing] = useActionState<ActionState, FormData>(unmapGroupAction, IDLE);
  const errors = readFieldErrors(addState);
  const rows: Row[] = [...deployment.map((m) => ({ ...m, fromDeployment: true })), ...stored.map((m) => ({ ...m, fromDeployment: false }))];
  const columns: Column<Row>[] = [
    { header: "Group", className: "font-mono text-sm break-all", cell: (r) => r.group },
    { header: "Role", cell: (r) => labels[r.role] },
    {
      header: "Kept in",
      cell: (r) =>
        r.fromDeployment ? (
          <span className="text-sm text-neutral-700 dark:text-neutral-300">The server’s settings (OIDC_GROUP_ROLES)</span>
        ) : (
          <form action={removeAction}>
            <input type="hidden" name="group" value={r.group} />
            <button type="submit" disabled={removing} className="text-sm font-semibold text-red-800 underline hover:no-underline disabled:opacity-60 dark:text-red-300">
              Remove<span className="sr-only"> the mapping for {r.group}</span>
            </button>
          </form>
        ),
    },
  ];
  return (
    <section aria-labelledby="sso-groups-heading" className="mt-10 max-w-3xl rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="sso-groups-heading" className="text-lg font-semibold">Single sign-on groups</h2>
      {button ? (
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          People who sign in with the “{button}” button get the highest role any of their groups maps to: a new account starts with it, and a later sign-in moves them to it (ending their other sessions). When none of their groups is mapped, new accounts are reporters and others keep the role an admin gave them.
        </p>
      ) : (
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">
          Single sign-on is off on this server (it is turned on with the OIDC_ settings, see docs/passkeys-and-sso.md). Mappings kept here apply once it is on.
        </p>
      )}
      <div className="mt-3">
        <DataTable caption="Groups and the roles they give" columns={columns} rows={rows} rowKey={(r) => `${r.fromDeployment ? "d" : "s"}:${r.group}`} density="compact" bare empty={<p className="text-sm">No group gives a role yet.</p>} />
        <div className="mt-2"><FormMessage state={removeState} pending={removing} pendingText="Removing…" /></div>
      </div>
      <form action={addAction} className="mt-4 flex flex-wrap items-end gap-4" noValidate>
        <Field id="sso-group" label="Group" hint="Exactly as the provider sends it in the groups claim." errors={errors.group} className="min-w-56 flex-1">
          <input name="group" type="text" maxLength={256} required autoComplete="off" className={inputClass} />
        </Field>
        <Field id="sso-role" label="Role" errors={errors.role}>
          <select name="role" defaultValue="EDITOR" className={inputClass}>
            {(Object.keys(labels) as Role[]).map((role) => <option key={role} value={role}>{labels[role]}</option>)}
          </select>
        </Field>
        <button type="submit" disabled={adding} className={`${secondaryButtonClass} mb-6`}>Map group</button>
      </form>
      <FormMessage state={addState} pending={adding} />
    </section>
  );
}
