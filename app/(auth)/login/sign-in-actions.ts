"use server";

import { z } from "zod";
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { AuthError } from "next-auth";
import { defineAction, defineCall } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/auth/schema";
import { webauthnResponseSchema } from "@/lib/auth/passkeys/schema";
import { startPasskeySignIn } from "@/lib/auth/passkeys/authenticate-with-passkey";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso/provider";
import { PASSKEY_PROVIDER_ID } from "@/lib/auth/passkeys/provider";

// The sign-in page's two other ways in. Public: the credential is the passkey's signed
// answer, or the identity provider's, checked by Auth.js (lib/auth/config.ts).

const fromSchema = z.string().max(2048).optional().transform((v) => safeRedirectPath(v));

// Every sign-in page asks for a challenge (for the browser's passkey autofill): counted per
// address, so a script cannot fill the challenge table.
export const passkeySignInOptionsCall = defineCall(
  { public: true, schema: z.object({}), rateLimit: { name: "passkey-sign-in-options", by: "ip", max: 60, windowSeconds: 60 }, refused: null as PublicKeyCredentialRequestOptionsJSON | null },
  async (_input, { now }) => startPasskeySignIn(now),
);

export type PasskeySignInResult = { ok: true; redirectTo: string } | { ok: false; message: string };
const PASSKEY_FAILED = "That passkey did not sign you in. It may have been removed, or the request expired. Try again, or sign in with your password.";

export const signInWithPasskeyCall = defineCall(
  { public: true, schema: z.object({ response: webauthnResponseSchema, from: fromSchema }), rateLimit: { name: "passkey-sign-in", by: "ip", max: 30, windowSeconds: 60 }, refused: { ok: false, message: PASSKEY_FAILED } as PasskeySignInResult },
  async ({ response, from }): Promise<PasskeySignInResult> => {
    try {
      await signIn(PASSKEY_PROVIDER_ID, { response: JSON.stringify(response satisfies Partial<AuthenticationResponseJSON> as object), redirect: false });
    } catch (error) {
      if (error instanceof AuthError) return { ok: false, message: PASSKEY_FAILED };
      throw error;
    }
    return { ok: true, redirectTo: from };
  },
);

// Starts the OpenID Connect flow: Auth.js sets the PKCE, state and nonce cookies and
// redirects to the provider (the redirect passes through the action client).
export const signInWithSsoAction = defineAction({ public: true, schema: z.object({ from: fromSchema }), rateLimit: { name: "sso-start", by: "ip", max: 60, windowSeconds: 60 } }, async ({ from }) => {
  await signIn(SSO_PROVIDER_ID, { redirectTo: from });
  return { status: "success", message: "Taking you to single sign-on…" };
});
