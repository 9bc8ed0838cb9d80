import "server-only";
import Credentials from "next-auth/providers/credentials";
import { CredentialsSignin } from "next-auth";
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { getClientIp } from "@/lib/http/client-ip";
import { webauthnResponseSchema } from "@/lib/auth/passkeys/schema";
import { authenticateWithPasskey } from "@/lib/auth/passkeys/authenticate-with-passkey";

export const PASSKEY_PROVIDER_ID = "passkey";

// Sign-in with a passkey as its own Auth.js provider: the browser's signed assertion is the
// credential. (Auth.js's own WebAuthn provider needs database sessions and SimpleWebAuthn 9;
// Dateline keeps JWT sessions re-checked against the database, lib/auth/current-user.ts.)
export function passkeyProvider() {
  return Credentials({
    id: PASSKEY_PROVIDER_ID,
    name: "Passkey",
    credentials: { response: { type: "text" } },
    async authorize(raw) {
      const parsed = webauthnResponseSchema.safeParse((raw as { response?: unknown } | undefined)?.response);
      if (!parsed.success) throw new CredentialsSignin();
      const user = await authenticateWithPasskey(parsed.data as unknown as AuthenticationResponseJSON, await getClientIp(), new Date());
      if (!user) throw new CredentialsSignin();
      return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
    },
  });
}
