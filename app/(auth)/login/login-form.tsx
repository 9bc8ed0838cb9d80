"use client";

import { useActionState } from "react";
import { signInAction } from "./actions";
import { IDLE, type ActionState } from "@/lib/actions/action-state";

export function LoginForm({ from }: { from: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(signInAction, IDLE);
  const fieldErrors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="from" value={from} />
      {state.status === "error" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={!!fieldErrors?.email}
          className="mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!fieldErrors?.password}
          className="mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
