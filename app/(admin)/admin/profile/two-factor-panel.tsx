"use client";

import { Link } from "@/components/admin/ui/link";
import { useActionState, useState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { disableTotpAction, renewRecoveryCodesAction } from "./actions";
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";
import { RecoveryCodeList } from "@/components/admin/recovery-code-list";

type Props = { enabledOn: string | null; recoveryCodesLeft: number; required: boolean };

export function TwoFactorPanel({ enabledOn, recoveryCodesLeft, required }: Props) {
  const [renewState, renewAction, renewPending] = useActionState<ActionState<{ recoveryCodes: string[] }>, FormData>(renewRecoveryCodesAction, IDLE);
  const [disableState, disableAction, disablePending] = useActionState<ActionState, FormData>(disableTotpAction, IDLE);
  const [mode, setMode] = useState<"renew" | "disable" | null>(null);
  const errors = readFieldErrors(mode === "disable" ? disableState : renewState);
  return (
    <section aria-labelledby="two-factor-heading" className="mt-10 space-y-3">
      <h2 id="two-factor-heading" className="text-lg font-semibold">Two-factor sign-in</h2>
      {disableState.status === "success" ? <FormMessage state={disableState} /> : null}
      {enabledOn && disableState.status !== "success" ? (
        <>
          <p className="text-sm">On since {enabledOn}: signing in with your password also asks for a code from your authenticator app. {recoveryCodesLeft} of 10 recovery codes unused.</p>
          {renewState.status === "success" && renewState.data ? (
            <>
              <FormMessage state={renewState} />
              <RecoveryCodeList codes={renewState.data.recoveryCodes} />
            </>
          ) : (
            <>
              <div className="flex flex-wrap gap-3">
                <button type="button" aria-expanded={mode === "renew"} onClick={() => setMode(mode === "renew" ? null : "renew")} className={secondaryButtonClass}>Make new recovery codes</button>
                {required ? null : (
                  <button type="button" aria-expanded={mode === "disable"} onClick={() => setMode(mode === "disable" ? null : "disable")} className={secondaryButtonClass}>Turn off</button>
                )}
              </div>
              {required ? <p className="text-xs text-neutral-700 dark:text-neutral-300">Your role requires two-factor sign-in, so it cannot be turned off.</p> : null}
              {mode ? (
                <form action={mode === "renew" ? renewAction : disableAction} className="space-y-3">
                  <FormMessage state={mode === "renew" ? renewState : disableState} pending={mode === "renew" ? renewPending : disablePending} pendingText="Checking…" />
                  <Field id="current-code" label="A current code from your app, or a recovery code" errors={errors.code}>
                    <input name="code" autoComplete="one-time-code" required maxLength={64} className={inputClass} />
                  </Field>
                  <button type="submit" disabled={renewPending || disablePending} className={secondaryButtonClass}>
                    {mode === "renew" ? "Make new codes" : "Turn off two-factor sign-in"}
                  </button>
                </form>
              ) : null}
            </>
          )}
        </>
      ) : (
        <>
          <p className="text-sm">Off. With it on, signing in with your password also asks for a code from an authenticator app on your phone, so a stolen password alone is not enough.</p>
          <Link href="/two-factor/setup" className={`${secondaryButtonClass} inline-block`}>Set up two-factor sign-in</Link>
        </>
      )}
    </section>
  );
}
