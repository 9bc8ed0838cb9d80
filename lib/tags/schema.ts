import { z } from "zod";

export const TAG_NAME_MAX = 60;
export const TAG_DESCRIPTION_MAX = 500;

export const tagFieldsSchema = z.object({
  name: z
    .string({ error: "A tag needs a name." })
    .trim()
    .min(1, "A tag needs a name.")
    .max(TAG_NAME_MAX, `Tag names are at most ${TAG_NAME_MAX} characters.`)
    .refine((name) => /[\p{L}\p{N}]/u.test(name), "A tag name needs at least one letter or digit."),
  description: z.string().trim().max(TAG_DESCRIPTION_MAX, `Keep the description under ${TAG_DESCRIPTION_MAX} characters.`).default(""),
});
export type TagFields = z.infer<typeof tagFieldsSchema>;

export const tagIdSchema = z.uuid("That tag no longer exists.");
export const mergeTagsSchema = z.object({ sourceId: tagIdSchema, targetId: tagIdSchema });
