import { EMPTY_CHROME, type SiteChrome } from "@/lib/site-chrome/types";

// The site chrome this instance last loaded (lib/site-chrome/load-site-chrome.ts), read
// while a page renders. Every reader route awaits loadSiteChrome() (through
// capPageLifetime) before it renders, so what a render reads here was loaded after the
// last expiry this instance heard; a change replaces it, never clears it, so a render
// never sees it empty. Kept apart from the loader (no database here) because lib/site.ts,
// which reads the name, is imported widely.
type Holder = { datelineSiteChrome?: SiteChrome };
const holder = globalThis as unknown as Holder;

export function currentSiteChrome(): SiteChrome {
  return holder.datelineSiteChrome ?? EMPTY_CHROME;
}

export function replaceSiteChrome(chrome: SiteChrome): void {
  holder.datelineSiteChrome = chrome;
}
