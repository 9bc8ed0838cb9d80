// Why single sign-on or a passkey sent the person back here (/login?error=…); Auth.js's own
// error codes arrive the same way (pages.error in lib/auth/config.ts).
export const OTHER_WAYS_MESSAGES: Record<string, string> = {
  sso_only: "Your account signs in through single sign-on. Use the single sign-on button below.",
  sso_domain: "That account’s email address is not at a domain allowed to sign in here. Sign in with your newsroom account, or ask an admin.",
  sso_unverified: "Your identity provider has not verified that account’s email address, so it cannot sign in here. Verify it there, or ask an admin.",
  sso_no_email: "Your identity provider did not share an email address, so you cannot sign in with it. Ask an admin.",
  sso_inactive: "That account has been deactivated. Ask an admin if you need access again.",
  sso_linked: "This newsroom account is already linked to a different single sign-on account. Ask an admin.",
  sso_failed: "Single sign-on did not complete. Try again, or ask an admin.",
  Configuration: "Single sign-on did not complete. Try again, or ask an admin.",
  AccessDenied: "Single sign-on did not complete. Try again, or ask an admin.",
};
