"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { deleteWebhookAction, rotateWebhookSecretAction, updateWebhookAction } from "../actions";
import { FormMessage, buttonClass, secondaryButtonClass } from "@/components/admin/form-message";
import { readFieldErrors } from "@/components/admin/ui/field";
import { EndpointFields } from "../endpoint-fields";
import { SecretNotice } from "../secret-notice";

type Props = { endpoint: { id: string; url: string; description: string; events: string[]; enabled: boolean } };

const section = "rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900";

export function EndpointControls({ endpoint }: Props) {
  const [editState, editAction, editPending] = useActionState<ActionState, FormData>(updateWebhookAction, IDLE);
  const [rotateState, rotateAction, rotatePending] = useActionState<ActionState<{ id: string; secret: string }>, FormData>(rotateWebhookSecretAction, IDLE);
  const [deleteState, deleteAction, deletePending] = useActionState<ActionState, FormData>(deleteWebhookAction, IDLE);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form action={editAction} className={`${section} space-y-3`} aria-labelledby="edit-endpoint-heading">
        <h2 id="edit-endpoint-heading" className="text-lg font-semibold">Endpoint</h2>
        <input type="hidden" name="id" value={endpoint.id} />
        <FormMessage state={editState} pending={editPending} />
        <EndpointFields prefix="endpoint" values={endpoint} errors={readFieldErrors(editState)} />
        <button type="submit" disabled={editPending} className={buttonClass}>Save endpoint</button>
      </form>
      <div className="space-y-6">
        <form action={rotateAction} className={`${section} space-y-3`} aria-labelledby="rotate-heading">
          <h2 id="rotate-heading" className="text-lg font-semibold">Signing secret</h2>
          <p className="text-sm">The secret was shown once, when the endpoint was added. Make a new one if it was lost or leaked; the old one keeps signing for 24 hours.</p>
          <input type="hidden" name="id" value={endpoint.id} />
          <FormMessage state={rotateState} pending={rotatePending} pendingText="Making a new secret…" />
          {rotateState.status === "success" && rotateState.data ? <SecretNotice secret={rotateState.data.secret} /> : null}
          <button type="submit" disabled={rotatePending} className={secondaryButtonClass}>Make a new secret</button>
        </form>
        <form action={deleteAction} className={`${section} space-y-3`} aria-labelledby="delete-heading">
          <h2 id="delete-heading" className="text-lg font-semibold">Delete</h2>
          <input type="hidden" name="id" value={endpoint.id} />
          <FormMessage state={deleteState} pending={deletePending} pendingText="Deleting…" />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="confirm" value="yes" /> Delete this endpoint and its delivery log
          </label>
          <button type="submit" disabled={deletePending} className={secondaryButtonClass}>Delete endpoint</button>
        </form>
      </div>
    </div>
  );
}
