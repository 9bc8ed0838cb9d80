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
