import { z } from "zod";

// What every reader page shows around its content, set in the newsroom (issue 13): the
// breaking-news banner, the site's identity (name, logo, icon) and the section menu. Pure: shared by the
// admin forms, the actions and the reader pages.

export const BANNER_STYLES = ["breaking", "developing", "live"] as const;
export type BannerStyle = (typeof BANNER_STYLES)[number];
export const BANNER_LABEL: Record<BannerStyle, string> = { breaking: "Breaking", developing: "Developing", live: "Live" };

export const BANNER_TEXT_MAX = 140;
export const SITE_NAME_MAX = 80;

export type SiteBanner = { text: string; href: string; style: BannerStyle; endsAt: Date | null; setAt: Date };

/** A library image as the masthead and JSON-LD use it. */
export type SiteLogo = { src: string; width: number; height: number };
/** The icon's stored image: the favicon routes make their squares from it. */
export type SiteIcon = { storageKey: string; format: string; largestWidth: number; version: string };

export type SiteChrome = {
  banner: SiteBanner | null;
  /** Null: the SITE_NAME setting. */
  name: string | null;
  logo: SiteLogo | null;
  icon: SiteIcon | null;
  /** Changes with every identity save: the icon links carry it so browsers fetch a new icon at once. */
  identityVersion: string;
  /** The masthead's section menu: top-level sections in their order (at most SECTION_MENU_MAX). */
  sections: SectionLink[];
};

/** A top-level section as the masthead menu links it (`/sections/<path>`). */
export type SectionLink = { name: string; path: string };

/** The menu stays small whatever the tree: every reader page carries it (12–16 KB page budget). */
export const SECTION_MENU_MAX = 20;

export const EMPTY_CHROME: SiteChrome = { banner: null, name: null, logo: null, icon: null, identityVersion: "0", sections: [] };

/** The banner a page rendered at `now` shows: none once its end time has come. */
export function bannerAt(chrome: SiteChrome, now: Date): SiteBanner | null {
  const banner = chrome.banner;
  if (!banner) return null;
  return banner.endsAt && banner.endsAt.getTime() <= now.getTime() ? null : banner;
}

// A link a reader follows from every page: a path on this site or an http(s) address.
const bannerHref = z
  .string()
  .trim()
  .max(500, "Keep the link under 500 characters.")
  .refine((href) => href === "" || /^\/(?!\/)[^\s]*$/.test(href) || /^https?:\/\/[^\s/]+[^\s]*$/i.test(href), "Enter a path on this site, such as /articles/storm-live, or a full https:// address.");

// A time as typed in a datetime-local field, read in the site's time zone.
export const localTimeSchema = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?)?$/, "Enter the date and time, e.g. 2026-12-01 09:00.");

export const bannerInputSchema = z.object({
  text: z.string().trim().min(1, "Write the banner's line.").max(BANNER_TEXT_MAX, `Keep the banner under ${BANNER_TEXT_MAX} characters.`),
  href: bannerHref.default(""),
  style: z.enum(BANNER_STYLES, { error: "Choose Breaking, Developing or Live." }),
  endsAt: localTimeSchema.default(""),
});
export type BannerInput = z.infer<typeof bannerInputSchema>;

const mediaChoice = z.union([z.literal(""), z.uuid("Choose an image from the library.")]).optional().transform((id) => id || null);

export const identityInputSchema = z.object({
  name: z.string().trim().max(SITE_NAME_MAX, `Keep the name under ${SITE_NAME_MAX} characters.`).default(""),
  logoId: mediaChoice,
  iconId: mediaChoice,
});
export type IdentityInput = z.infer<typeof identityInputSchema>;
