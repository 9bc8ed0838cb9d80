import { z } from "zod";

export const RELATED_PICKS_MAX = 3;

/** The picker's values (`relatedPicks`, in order): distinct article ids, at most three. */
export const relatedPicksSchema = z
  .array(z.uuid("That related article does not exist. Reload the page."))
  .max(RELATED_PICKS_MAX, `Pin at most ${RELATED_PICKS_MAX} related articles.`)
  .refine((ids) => new Set(ids).size === ids.length, "Each related article can be pinned once.");

export function readRelatedPicks(formData: FormData): unknown {
  return formData.getAll("relatedPicks").filter((v): v is string => typeof v === "string" && v !== "");
}
