import "server-only";
import sharp from "sharp";
import { EXTENSION, type ImageFormat, variantPath } from "@/lib/media/media-url";
import { getMediaStorage } from "@/lib/media/storage";
import type { SiteIcon } from "@/lib/site-chrome/types";

// The site's icon as browsers ask for it (issue 13): /favicon.ico (32 px) and the touch
// icon (180 px), as square PNGs (every browser reads a PNG served as /favicon.ico). Made
// from the admin's chosen library image, or from the built-in mark when none is set, so
// /favicon.ico never answers 404. Each size is made once per image and kept in memory
// (a few kilobytes); a new icon is a new storage key, so nothing goes stale.
export const ICON_SIZES = { favicon: 32, touch: 180 } as const;

const DEFAULT_MARK = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#171717"/><text x="32" y="46" font-family="Georgia, 'DejaVu Serif', serif" font-size="42" font-weight="700" text-anchor="middle" fill="#ffffff">D</text></svg>`,
);

const MAX_KEPT = 16;
const holder = globalThis as unknown as { datelineSiteIcons?: Map<string, Promise<Buffer>> };
const made = (holder.datelineSiteIcons ??= new Map());

/** The icon as a square PNG of `size` pixels. */
export function siteIconPng(icon: SiteIcon | null, size: number): Promise<Buffer> {
  const key = `${icon?.storageKey ?? "default"}:${size}`;
  let png = made.get(key);
  if (!png) {
    png = makeIcon(icon, size);
    png.catch(() => made.delete(key));
    if (made.size >= MAX_KEPT) made.delete(made.keys().next().value!);
    made.set(key, png);
  }
  return png;
}

async function makeIcon(icon: SiteIcon | null, size: number): Promise<Buffer> {
  const source = icon ? await readVariant(icon) : null;
  // A wide image is fitted inside the square on a transparent ground, not cropped.
  return sharp(source ?? DEFAULT_MARK, { density: source ? undefined : 300 })
    .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}

// The smallest stored variant (320 px wide, or the original when smaller) is enough for 180 px.
async function readVariant(icon: SiteIcon): Promise<Buffer | null> {
  const ext = EXTENSION[icon.format as ImageFormat] ?? "jpg";
  const width = Math.min(icon.largestWidth, 320);
  const object = await getMediaStorage().get(variantPath(icon.storageKey, width, ext));
  return object ? Buffer.from(object.body) : null;
}
