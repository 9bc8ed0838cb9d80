"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { endUserSessionsAction, resetTwoFactorAction } from "../actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

type Props = { userId: string; twoFactorOn: string | null; activeSessions: number };

export function SecurityControls({ userId, twoFactorOn, activeSessions }: Props) {
  const [resetState, resetAction, resetPending] = useActionState<ActionState, FormData>(resetTwoFactorAction, IDLE);
  const [endState, endAction, endPending] = useActionState<ActionState, FormData>(endUserSessionsAction, IDLE);
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="two-factor-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="two-factor-heading" className="text-lg font-semibold">Two-factor sign-in</h2>
        <p className="mt-1 text-sm">{twoFactorOn ? `On since ${twoFactorOn}.` : "Not set up."}</p>
        {twoFactorOn ? (
          <form action={resetAction} className="mt-2">
            <input type="hidden" name="userId" value={userId} />
            <p className="mb-2 text-sm">For someone who lost their phone and their recovery codes: removes their authenticator and codes and ends their sessions. Check who is asking first.</p>
            <button type="submit" disabled={resetPending} className={secondaryButtonClass}>Reset two-factor sign-in</button>
          </form>
        ) : null}
        <div className="mt-2"><FormMessage state={resetState} pending={resetPending} /></div>
      </section>
      <section aria-labelledby="sessions-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 id="sessions-heading" className="text-lg font-semibold">Sessions</h2>
        <p className="mt-1 text-sm">{activeSessions === 1 ? "1 active session." : `${activeSessions} active sessions.`}</p>
        <form action={endAction} className="mt-2">
          <input type="hidden" name="userId" value={userId} />
          <button type="submit" disabled={endPending} className={secondaryButtonClass}>End all their sessions</button>
        </form>
        <div className="mt-2"><FormMessage state={endState} pending={endPending} /></div>
      </section>
    </div>
  );
}
