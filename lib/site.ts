// Public facts about the site, from the environment (see .env.example).
export function siteName(): string {
  return process.env.SITE_NAME || "Dateline";
}

export function siteUrl(): string {
  return (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
}

// The public address is https (SITE_URL, or AUTH_URL): cookies are Secure and every
// response carries HSTS. Decided by configuration only, never by a request's
// X-Forwarded-Proto, which a client can send to an http site too.
export function isHttpsSite(): boolean {
  return [process.env.SITE_URL, process.env.AUTH_URL].some((address) => {
    try {
      return !!address && new URL(address).protocol === "https:";
    } catch {
      return false;
    }
  });
}

export const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || "UTC";

export function formatPublicationDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: SITE_TIME_ZONE }).format(date);
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: SITE_TIME_ZONE }).format(date);
}
