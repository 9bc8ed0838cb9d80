"use client";

import { useEffect, useRef, useState } from "react";
import { KeyRound } from "lucide-react";
import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill, startAuthentication } from "@simplewebauthn/browser";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import type { PasskeySignInResult } from "./sign-in-actions";

type Props = {
  from: string;
  getOptions: (input: Record<string, never>) => Promise<PublicKeyCredentialRequestOptionsJSON | null>;
  signInWith: (input: { response: string; from: string }) => Promise<PasskeySignInResult>;
};

// "Sign in with a passkey", and the browser's passkey autofill on the email field
// (conditional mediation) where the browser offers it. Either way the passkey is
// discoverable: no email is asked first.
export function PasskeySignIn({ from, getOptions, signInWith }: Props) {
  const [supported, setSupported] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);
  // Once the button is used, a late-starting autofill request must not cancel its request.
  const buttonUsed = useRef(false);

  const run = async (autofill: boolean) => {
    if (!autofill) buttonUsed.current = true;
    const options = await getOptions({});
    if (autofill && buttonUsed.current) return;
    if (!options) {
      if (!autofill) show("Passkey sign-in is busy right now. Wait a minute, then try again.");
      return;
    }
    let response;
    try {
      response = await startAuthentication({ optionsJSON: options, useBrowserAutofill: autofill });
    } catch {
      // Autofill is cancelled whenever the button starts its own request: not an error.
      if (!autofill) show("No passkey was used (the request was cancelled or timed out). Try again, or sign in with your password.");
      return;
    }
    setPending(true);
    const result = await signInWith({ response: JSON.stringify(response), from });
    if (result.ok) return window.location.assign(result.redirectTo);
    setPending(false);
    show(result.message);
  };

  const show = (text: string) => {
    setMessage(text);
    setPending(false);
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  useEffect(() => {
    if (!browserSupportsWebAuthn()) return;
    setSupported(true);
    void browserSupportsWebAuthnAutofill().then((yes) => (yes ? run(true) : undefined));
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!supported) return null;
  return (
    <div className="space-y-3">
      {message ? (
        <p ref={alertRef} tabIndex={-1} role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {message}
        </p>
      ) : null}
      <button
        type="button"
        disabled={pending}
        onClick={() => void run(false)}
        className="flex w-full items-center justify-center gap-2 rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-500 dark:bg-neutral-900 dark:hover:bg-neutral-800"
      >
        <KeyRound aria-hidden="true" size={18} />
        {pending ? "Signing in…" : "Use a passkey"}
      </button>
    </div>
  );
}
