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
  return siteDateFormat("long").format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat().format(date);
}

/** The formatter behind formatDateTime, for lists that format many dates. */
export function dateTimeFormat(): Intl.DateTimeFormat {
  return siteDateFormat("medium");
}

// Building an Intl.DateTimeFormat with a time zone costs far more than using one (about
// 0.3 ms against a few microseconds: a 60-story front spent most of its rendering here),
// so each is built once per zone. Keyed by the zone because tests change the settings.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

function siteDateFormat(style: "long" | "medium"): Intl.DateTimeFormat {
  const zone = siteTimeZone();
  const key = `${style} ${zone}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", style === "long" ? { dateStyle: "long", timeZone: zone } : { dateStyle: "medium", timeStyle: "short", timeZone: zone });
    DATE_FORMATS.set(key, format);
  }
  return format;
}
