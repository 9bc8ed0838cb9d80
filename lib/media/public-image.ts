import { imageSources } from "@/lib/media/media-url";

// A library image as public pages show it: sources for <picture>, its size (so nothing
// shifts), alt text, caption and credit.
export type PublicImage = ReturnType<typeof imageSources> & { alt: string; caption: string; credit: string };

export const PUBLIC_IMAGE_SELECT = {
  storageKey: true,
  format: true,
  width: true,
  height: true,
  widths: true,
  alt: true,
  caption: true,
  credit: true,
} as const;

type ImageRow = { storageKey: string; format: string; width: number; height: number; widths: number[]; alt: string; caption: string; credit: string };

export function toPublicImage(row: ImageRow | null | undefined): PublicImage | null {
  if (!row || row.widths.length === 0) return null;
  return { ...imageSources(row), alt: row.alt, caption: row.caption, credit: row.credit };
}

/**
 * PUBLIC_IMAGE_SELECT as SQL columns over `media_assets m` (the raw reads: cards, the
 * article page); `imageFromColumns` turns them back into the row `toPublicImage` takes.
 */
export const PUBLIC_IMAGE_COLUMNS =
  'm.storage_key AS "imageStorageKey", m.format AS "imageFormat", m.width AS "imageWidth", m.height AS "imageHeight", ' +
  'm.widths AS "imageWidths", m.alt AS "imageAlt", m.caption AS "imageCaption", m.credit AS "imageCredit"';

/** The image's columns as PUBLIC_IMAGE_COLUMNS names them (null without an image). */
export type ImageColumns = { [K in keyof ImageRow as `image${Capitalize<K>}`]: ImageRow[K] | null };

export function imageFromColumns(row: ImageColumns): ImageRow | null {
  if (row.imageStorageKey === null) return null;
  return {
    storageKey: row.imageStorageKey,
    format: row.imageFormat!,
    width: row.imageWidth!,
    height: row.imageHeight!,
    widths: row.imageWidths!,
    alt: row.imageAlt!,
    caption: row.imageCaption!,
    credit: row.imageCredit!,
  };
}
