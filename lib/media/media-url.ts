// Addresses of stored image variants. Pure: shared by the editor, the content
// validator, the renderer and the serving route.

export const IMAGE_FORMATS = ["jpeg", "png", "webp", "avif", "gif"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const EXTENSION: Record<ImageFormat, string> = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif", gif: "gif" };
export const CONTENT_TYPE: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};

export const MEDIA_URL_PREFIX = "/api/media/";
// <32 hex key>/<width>.<ext>: nothing else is a media address, so no path can escape.
export const VARIANT_PATH = /^([a-f0-9]{32})\/(\d{1,5})\.(jpg|png|webp|avif|gif)$/;

export function variantPath(key: string, width: number, ext: string): string {
  return `${key}/${width}.${ext}`;
}

export function variantUrl(key: string, width: number, ext: string): string {
  return `${MEDIA_URL_PREFIX}${variantPath(key, width, ext)}`;
}

export type ParsedMediaUrl = { key: string; width: number; ext: string };

export function parseMediaUrl(url: unknown): ParsedMediaUrl | null {
  if (typeof url !== "string" || !url.startsWith(MEDIA_URL_PREFIX)) return null;
  const match = VARIANT_PATH.exec(url.slice(MEDIA_URL_PREFIX.length));
  if (!match) return null;
  return { key: match[1]!, width: Number(match[2]), ext: match[3]! };
}

export function isMediaUrl(url: unknown): boolean {
  return parseMediaUrl(url) !== null;
}

export function srcSet(key: string, widths: readonly number[], ext: string): string {
  return widths.map((w) => `${variantUrl(key, w, ext)} ${w}w`).join(", ");
}

// The article column is at most 42rem wide; below that the image spans the screen.
export const ARTICLE_IMAGE_SIZES = "(min-width: 48rem) 42rem, 100vw";

export type MediaRef = { id: string; storageKey: string; format: string; width: number; height: number; widths: number[]; alt: string; caption: string; credit: string };

// What a page needs to show an image without layout shift.
export function imageSources(media: Pick<MediaRef, "storageKey" | "format" | "width" | "height" | "widths">) {
  const ext = EXTENSION[media.format as ImageFormat] ?? "jpg";
  const largest = Math.max(...media.widths);
  return {
    src: variantUrl(media.storageKey, largest, ext),
    srcSet: srcSet(media.storageKey, media.widths, ext),
    webpSrcSet: ext === "webp" ? null : srcSet(media.storageKey, media.widths, "webp"),
    width: largest,
    height: Math.max(1, Math.round((media.height * largest) / media.width)),
  };
}
