// Public facts about the site, from the environment (see .env.example).
export function siteName(): string {
  return process.env.SITE_NAME || "Dateline";
}

export function siteUrl(): string {
  return (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
}

export const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || "UTC";

export function formatPublicationDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: SITE_TIME_ZONE }).format(date);
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: SITE_TIME_ZONE }).format(date);
}
