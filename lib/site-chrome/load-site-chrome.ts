import "server-only";
import { db } from "@/lib/db";
import { imageSources } from "@/lib/media/media-url";
import { BANNER_KEY, IDENTITY_KEY, type StoredBanner, type StoredIdentity } from "@/lib/site-chrome/keys";
import { currentSiteChrome, replaceSiteChrome } from "@/lib/site-chrome/snapshot";
import { BANNER_STYLES, SECTION_MENU_MAX, type BannerStyle, type SiteChrome } from "@/lib/site-chrome/types";
import { listTopSections } from "@/lib/sections/list-sections";

// The site chrome (banner, name, logo, icon, section menu) is read on every page render, so it is held
// in memory per instance and read again only after something changed it. A change calls
// expireEveryPublicPage(), whose expiry every instance records (here at once, elsewhere
// through the freshness NOTIFY); the expiry effect (lib/cache/expiry-effects.ts) calls
// forgetSiteChrome(), and the next render's loadSiteChrome() reads the two settings rows
// again. A load started before a forget is not kept as current. A ten-minute age bounds
// what a missed announcement could leave behind (the freshness connection also expires
// everything when it reconnects).
const MAX_AGE_MS = 10 * 60_000;

type State = { generation: number; loadedGeneration: number; loadedAt: number; loading: { generation: number; promise: Promise<SiteChrome> } | null };
const holder = globalThis as unknown as { datelineSiteChromeState?: State };
const state = (holder.datelineSiteChromeState ??= { generation: 1, loadedGeneration: 0, loadedAt: 0, loading: null });

export function forgetSiteChrome(): void {
  state.generation += 1;
}

/** The current site chrome, from memory unless something changed it since it was read. */
export async function loadSiteChrome(): Promise<SiteChrome> {
  if (state.loadedGeneration === state.generation && Date.now() - state.loadedAt < MAX_AGE_MS) return currentSiteChrome();
  const generation = state.generation;
  if (state.loading?.generation === generation) return state.loading.promise;
  const promise = readSiteChrome()
    .then((chrome) => {
      // Only a load that started after the last forget becomes current.
      if (generation === state.generation) {
        replaceSiteChrome(chrome);
        state.loadedGeneration = generation;
        state.loadedAt = Date.now();
      }
      return chrome;
    })
    .finally(() => {
      if (state.loading?.promise === promise) state.loading = null;
    });
  state.loading = { generation, promise };
  return promise;
}

/** Reads the chrome from the database (two settings rows and the top-level sections, then at most two images). */
export async function readSiteChrome(): Promise<SiteChrome> {
  const [rows, sections] = await Promise.all([
    db.setting.findMany({ where: { key: { in: [BANNER_KEY, IDENTITY_KEY] } }, select: { key: true, value: true, updatedAt: true } }),
    listTopSections(SECTION_MENU_MAX),
  ]);
  const bannerRow = rows.find((r) => r.key === BANNER_KEY);
  const identityRow = rows.find((r) => r.key === IDENTITY_KEY);
  const identity = (identityRow?.value ?? null) as StoredIdentity | null;
  const ids = [identity?.logoId, identity?.iconId].filter((id): id is string => typeof id === "string");
  const media = ids.length
    ? await db.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, storageKey: true, format: true, width: true, height: true, widths: true } })
    : [];
  const logo = media.find((m) => m.id === identity?.logoId);
  const icon = media.find((m) => m.id === identity?.iconId);
  return {
    banner: toBanner((bannerRow?.value ?? null) as StoredBanner | null),
    name: identity?.name || null,
    logo: logo ? logoSources(logo) : null,
    icon: icon ? { storageKey: icon.storageKey, format: icon.format, largestWidth: Math.max(...icon.widths), version: icon.storageKey.slice(0, 8) } : null,
    identityVersion: identityRow ? String(identityRow.updatedAt.getTime()) : "0",
    sections,
  };
}

function toBanner(stored: StoredBanner | null): SiteChrome["banner"] {
  if (!stored || typeof stored.text !== "string" || stored.text === "") return null;
  const style: BannerStyle = (BANNER_STYLES as readonly string[]).includes(stored.style) ? (stored.style as BannerStyle) : "breaking";
  return { text: stored.text, href: stored.href ?? "", style, endsAt: stored.endsAt ? new Date(stored.endsAt) : null, setAt: new Date(stored.setAt) };
}

// The masthead shows the logo about 48 px high: a 640-wide variant stays sharp on a
// high-density screen for any logo up to about 6:1, without sending the original.
function logoSources(media: { storageKey: string; format: string; width: number; height: number; widths: number[] }) {
  const width = media.widths.find((w) => w >= 640) ?? Math.max(...media.widths);
  const sources = imageSources({ ...media, widths: [width] });
  return { src: sources.src, width: sources.width, height: sources.height };
}
