import { settings } from "@/lib/settings";
import { currentSiteChrome } from "@/lib/site-chrome/snapshot";

// Public facts about the site, from the settings (see .env.example).
// The name an admin set in the newsroom (issue 13, lib/site-chrome), else SITE_NAME.
export function siteName(): string {
  return currentSiteChrome().name ?? settings().SITE_NAME;
}

export function siteUrl(): string {
  const { SITE_URL, PORT } = settings();
  return SITE_URL ?? `http://localhost:${PORT}`;
}

// The public address is https (SITE_URL, or AUTH_URL): cookies are Secure and every
// response carries HSTS. Decided by configuration only, never by a request's
// X-Forwarded-Proto, which a client can send to an http site too.
// (The server front, scripts/serve.js, makes the same decision for HSTS.) Both addresses
// are already checked to be URLs by lib/settings.ts.
export function isHttpsSite(): boolean {
  const { SITE_URL, AUTH_URL } = settings();
  return [SITE_URL, AUTH_URL].some((address) => address !== undefined && new URL(address).protocol === "https:");
}

// The newsroom's time zone: dates shown to readers and staff, and scheduling.
export function siteTimeZone(): string {
  return settings().SITE_TIME_ZONE;
}

export function formatPublicationDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: siteTimeZone() }).format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat().format(date);
}

/**
 * The formatter behind formatDateTime, for lists that format many dates. Building one
 * costs more than formatting a hundred dates, so one is kept per time zone for the process.
 */
export function dateTimeFormat(): Intl.DateTimeFormat {
  const timeZone = siteTimeZone();
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    dateTimeFormats.set(timeZone, format);
  }
  return format;
}
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
