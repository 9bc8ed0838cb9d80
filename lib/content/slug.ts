import { z } from "zod";

export const SLUG_MAX_LENGTH = 96;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_RULES_MESSAGE =
  "Use 1 to 96 lowercase letters (a–z) and digits, with single hyphens between words, e.g. doha-talks-2021. No spaces, accents, or hyphens at the start or end.";

// Letters NFKD does not decompose into ASCII.
const LETTER_REPLACEMENTS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const QUOTES = /['"`´‘’‚‛“”„‟′″‹›«»ʼ]/gu;

/** "Let’s go to Zürich!" → "lets-go-to-zurich". May return "" for text with no letters or digits. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/gu, (letter) => LETTER_REPLACEMENTS[letter] ?? "")
    .replace(QUOTES, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return truncateAtHyphen(slug, maxLength);
}

export function isValidSlug(slug: string): boolean {
  return slug.length >= 1 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

export const slugSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter a slug. " + SLUG_RULES_MESSAGE })
  .max(SLUG_MAX_LENGTH, { error: `A slug can be at most ${SLUG_MAX_LENGTH} characters.`, abort: true })
  .regex(SLUG_PATTERN, { error: SLUG_RULES_MESSAGE });

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  // A hyphen right after the cut means the cut already falls between words.
  if (slug[maxLength] === "-") return slug.slice(0, maxLength);
  const head = slug.slice(0, maxLength);
  const lastHyphen = head.lastIndexOf("-");
  // One word longer than the limit: cut inside it rather than return nothing.
  return (lastHyphen > 0 ? head.slice(0, lastHyphen) : head).replace(/-+$/, "");
}
