// Shared pieces of the content allowlists (content-rules.ts and story-element-rules.ts).
import { parseMediaUrl } from "@/lib/media/media-url";

/** Returns a problem message, or null when the value is fine. */
export type AttributeRule = (value: unknown) => string | null;

export type AttributeRules = {
  rules: Record<string, AttributeRule>;
  required: readonly string[];
  /** Checks that span attributes or children (an embed's parts against its provider, a table's rows). */
  check?: (node: Record<string, unknown>) => string | null;
};

export const NO_ATTRIBUTES: AttributeRules = { rules: {}, required: [] };


export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const textUpTo = (max: number, what: string, owner = "An image"): AttributeRule => (v) =>
  typeof v === "string" && v.length <= max ? null : `${owner}'s ${what} must be text of at most ${max} characters`;
const pixels = (what: string): AttributeRule => (v) =>
  v === null || (Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 20_000) ? null : `An image's ${what} must be a whole number of pixels`;

/** The image rules, shared with the gallery (each of its images is checked the same way). */
export const FIGURE_RULES: Record<string, AttributeRule> = {
  mediaId: (v) => (typeof v === "string" && UUID.test(v) ? null : "An image must come from the media library"),
  src: (v) => (parseMediaUrl(v) ? null : `Images must come from the media library (found ${formatValue(v)})`),
  alt: textUpTo(500, "alt text"),
  caption: textUpTo(1000, "caption"),
  credit: textUpTo(200, "credit"),
  width: pixels("width"),
  height: pixels("height"),
  widths: (v) =>
    Array.isArray(v) && v.length <= 12 && v.every((n) => Number.isSafeInteger(n) && n >= 1 && n <= 10_000)
      ? null
      : "An image's widths must be a short list of whole numbers",
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Short, quoted form of a value for messages; never serializes nested input. */
export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "an object";
  if (typeof value !== "string") return String(value).slice(0, 40);
  return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
}
