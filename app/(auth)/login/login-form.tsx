"use client";

import { useRef, useState, type FormEvent } from "react";

type State = { message?: string; fieldErrors?: Record<string, string[]> };

// Posts to /login/submit. With JavaScript the answer comes back as JSON and the message
// shows in place; without it the browser follows the redirects.
export function LoginForm({ from, initialMessage }: { from: string; initialMessage?: string }) {
  const [state, setState] = useState<State>({ message: initialMessage });
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    try {
      const response = await fetch("/login/submit", { method: "POST", body: new FormData(event.currentTarget), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as { redirectTo?: string; message?: string; fieldErrors?: Record<string, string[]> };
      if (response.ok && body.redirectTo) {
        window.location.assign(body.redirectTo);
        return;
      }
      setState({ message: body.message ?? "Sign-in failed. Try again.", fieldErrors: body.fieldErrors });
    } catch {
      setState({ message: "The server could not be reached. Check your connection and try again." });
    }
    setPending(false);
    alertRef.current?.focus();
  };

  const fieldErrors = state.fieldErrors;
  return (
    <form action="/login/submit" method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="from" value={from} />
      {state.message ? (
        <p ref={alertRef} tabIndex={-1} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username webauthn"
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
