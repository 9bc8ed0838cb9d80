// How a session signed in, carried in the session token (lib/auth/config.ts jwt callback).
export type SignInMethod = "password" | "passkey" | "sso";

export function signInMethodOf(provider: string | undefined): SignInMethod {
  return provider === "passkey" ? "passkey" : provider === "sso" ? "sso" : "password";
}

// Which ways in already count as two-factor sign-in, for the role requirement of issue 18
// item 2. A passkey with user verification is possession plus PIN or biometric. For SSO:
// DECISION POINT (one line): true = the identity provider's own MFA is trusted and SSO users
// are not asked for a Dateline second factor; false = they set up TOTP here as well.
export const SATISFIES_TWO_FACTOR: Record<SignInMethod, boolean> = { password: false, passkey: true, sso: true };
