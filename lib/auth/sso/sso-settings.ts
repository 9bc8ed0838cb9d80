import "server-only";
import { settings } from "@/lib/settings";
import type { Role } from "@/lib/generated/prisma/enums";

export type SsoConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  buttonLabel: string;
  scopes: string;
  groupsClaim: string;
  groupRoles: { group: string; role: Role }[];
  passwordSignInOff: boolean;
};

// Single sign-on is on when OIDC_ISSUER is set (lib/settings.ts then requires the rest).
export function ssoConfig(): SsoConfig | null {
  const s = settings();
  if (!s.OIDC_ISSUER || !s.OIDC_CLIENT_ID || !s.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: s.OIDC_ISSUER,
    clientId: s.OIDC_CLIENT_ID,
    clientSecret: s.OIDC_CLIENT_SECRET,
    allowedDomains: s.OIDC_ALLOWED_DOMAINS,
    buttonLabel: s.OIDC_BUTTON_LABEL,
    scopes: s.OIDC_SCOPES,
    groupsClaim: s.OIDC_GROUPS_CLAIM,
    groupRoles: s.OIDC_GROUP_ROLES,
    passwordSignInOff: s.OIDC_DISABLE_PASSWORD_FOR_SSO_USERS === "true",
  };
}

// For the sign-in page: the button's label, or null when single sign-on is off.
export function ssoButtonLabel(): string | null {
  return ssoConfig()?.buttonLabel ?? null;
}
