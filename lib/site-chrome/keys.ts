// The settings rows (table `settings`) that hold the site chrome.
export const BANNER_KEY = "site.banner";
export const IDENTITY_KEY = "site.identity";

export type StoredBanner = { text: string; href: string; style: string; endsAt: string | null; setAt: string };
export type StoredIdentity = { name: string | null; logoId: string | null; iconId: string | null };
