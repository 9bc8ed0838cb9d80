import { z } from "zod";

export const API_KEY_NAME_MAX = 80;

// What an admin (or the CLI) gives to create a key.
export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the key a name, such as the app or partner that will use it.")
    .max(API_KEY_NAME_MAX, `A key's name is at most ${API_KEY_NAME_MAX} characters.`),
  draftsRead: z
    .union([z.boolean(), z.literal("on"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on"),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ id: z.uuid("That is not a key id.") });

/** The scopes a key carries, as the API and the admin name them. */
export function scopesOf(key: { draftsRead: boolean }): string[] {
  return key.draftsRead ? ["content:read", "drafts:read"] : ["content:read"];
}
