import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/content/slug";

export const SECTION_NAME_MAX = 60;
export const SECTION_DESCRIPTION_MAX = 500;
export const SECTION_SLUG_MAX = 48;
/** Deepest nesting: World > Asia > China. */
export const SECTION_DEPTH_MAX = 3;
/** A newsroom has dozens of sections, not thousands: the whole tree is read at once. */
export const SECTIONS_MAX = 300;
// Words the section address itself uses (…/page/2, …/feed.xml).
export const RESERVED_SECTION_SLUGS = ["page", "feed"] as const;

const optionalUuid = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid("Choose a parent from the list.").optional());

export const sectionFieldsSchema = z.object({
  name: z
    .string({ error: "A section needs a name." })
    .trim()
    .min(1, "A section needs a name.")
    .max(SECTION_NAME_MAX, `Section names are at most ${SECTION_NAME_MAX} characters.`)
    .refine((name) => /[\p{L}\p{N}]/u.test(name), "A section name needs at least one letter or digit."),
  // Empty: made from the name.
  slug: z
    .string()
    .trim()
    .max(SECTION_SLUG_MAX, `Keep the address part under ${SECTION_SLUG_MAX} characters.`)
    .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "Use lowercase letters, digits and single hyphens, e.g. middle-east.")
    .refine((slug) => !(RESERVED_SECTION_SLUGS as readonly string[]).includes(slug), "“page” and “feed” are used by section addresses; choose another.")
    .default(""),
  description: z.string().trim().max(SECTION_DESCRIPTION_MAX, `Keep the description under ${SECTION_DESCRIPTION_MAX} characters.`).default(""),
  position: z.coerce.number({ error: "Order is a whole number." }).int("Order is a whole number.").min(0, "Order is 0 or more.").max(9999, "Order is at most 9999.").default(0),
  parentId: optionalUuid,
});
export type SectionFields = z.infer<typeof sectionFieldsSchema>;

export const sectionIdSchema = z.uuid("That section no longer exists.");
