import "server-only";
import { siteName, siteUrl } from "@/lib/site";

// The WebAuthn relying party is the public address (SITE_URL): passkeys are bound to its
// host name, and every response must come from a page at its origin. Never from the
// request's Host header, which a client chooses.
export function relyingParty(): { rpID: string; rpName: string; origin: string } {
  const url = new URL(siteUrl());
  return { rpID: url.hostname, rpName: siteName(), origin: url.origin };
}
