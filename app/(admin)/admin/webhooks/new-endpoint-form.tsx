"use client";

import { Link } from "@/components/admin/ui/link";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { createWebhookAction, type CreatedWebhook } from "./actions";
import { FormMessage, buttonClass } from "@/components/admin/form-message";
import { readFieldErrors } from "@/components/admin/ui/field";
import { EndpointFields } from "./endpoint-fields";
import { SecretNotice } from "./secret-notice";

export function NewEndpointForm() {
  const [state, formAction, pending] = useActionState<ActionState<CreatedWebhook>, FormData>(createWebhookAction, IDLE);
  const fieldErrors = readFieldErrors(state);
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900" aria-labelledby="new-endpoint-heading">
      <h2 id="new-endpoint-heading" className="font-semibold">New endpoint</h2>
      <FormMessage state={state} pending={pending} />
      {state.status === "success" && state.data ? (
        <>
          <SecretNotice secret={state.data.secret} />
          <p className="text-sm"><Link href={`/admin/webhooks/${state.data.id}`} className="underline">Open the endpoint and its delivery log</Link></p>
        </>
      ) : null}
      <EndpointFields prefix="new-endpoint" errors={fieldErrors} />
      <button type="submit" disabled={pending} className={buttonClass}>Add endpoint</button>
    </form>
  );
}
