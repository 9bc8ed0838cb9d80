import "server-only";
import type { Provider } from "next-auth/providers";
import type { Account, Profile, User } from "next-auth";
import { getClientIp } from "@/lib/http/client-ip";
import { ssoConfig } from "@/lib/auth/sso/sso-settings";
import { readGroups } from "@/lib/auth/sso/map-groups";
import { signInWithSso } from "@/lib/auth/sso/sign-in-with-sso";

export const SSO_PROVIDER_ID = "sso";

// Auth.js's generic OpenID Connect provider: discovery from the issuer, the authorization
// code flow with PKCE, state and nonce checked by Auth.js (oauth4webapi), the ID token's
// signature, issuer, audience and expiry checked before any claim is read.
export function ssoProviders(): Provider[] {
  const config = ssoConfig();
  if (!config) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: config.buttonLabel,
      type: "oidc",
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: config.scopes } },
      // Auth.js's user object only carries the provider's subject until the signIn callback
      // (ssoSignInCallback) swaps in the Dateline account.
      profile(profile) {
        return { id: String(profile.sub), email: typeof profile.email === "string" ? profile.email : null, name: typeof profile.name === "string" ? profile.name : null };
      },
    },
  ];
}

// Why a refusal sends the person back to /login (messages in app/(auth)/login/page.tsx).
const REFUSAL_CODE = { no_email: "sso_no_email", unverified: "sso_unverified", domain: "sso_domain", inactive: "sso_inactive", linked_elsewhere: "sso_linked" } as const;

// Auth.js's signIn callback for the SSO provider: decides, provisions or links, and puts the
// Dateline account's id and session version on the user object the jwt callback then reads.
export async function ssoSignInCallback({ user, account, profile }: { user: User; account?: Account | null; profile?: Profile }): Promise<true | string> {
  const config = ssoConfig();
  if (!config || !profile || !account) return "/login?error=sso_failed";
  const claims = profile as Record<string, unknown>;
  const result = await signInWithSso(
    {
      issuer: config.issuer,
      subject: String(profile.sub ?? account.providerAccountId),
      email: typeof claims.email === "string" ? claims.email : null,
      // Only a literal true: "true" as a string or a missing claim is not a verification.
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === "string" ? claims.name : null,
      groups: readGroups(claims[config.groupsClaim]),
    },
    config,
    await getClientIp(),
    new Date(),
  );
  if (!result.ok) return `/login?error=${REFUSAL_CODE[result.reason]}`;
  Object.assign(user, { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion });
  return true;
}
