import { z } from "zod";
import { isValidSlug, SLUG_RULES_MESSAGE } from "@/lib/content/slug";
import { validateDocument } from "@/lib/content/validate-document";
import { MAX_DOCUMENT_BYTES } from "@/lib/content/limits";

export const HEADLINE_MAX = 200;
export const STANDFIRST_MAX = 600;
export const TAG_NAME_MAX = 60;
export const TAGS_PER_ARTICLE_MAX = 20;

export const articleIntentSchema = z.enum(["save", "publish", "unpublish"], {
  error: "Choose Save draft, Publish or Unpublish.",
});

const bodySchema = z
  .string({ error: "The body is missing." })
  .max(MAX_DOCUMENT_BYTES * 2, "The body is larger than 512 KB. Split the article or remove pasted material.")
  .transform((value, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "The body could not be read. Reload the page and try again." });
      return z.NEVER;
    }
    const result = validateDocument(json);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.doc;
  });

export const tagNameSchema = z
  .string()
  .trim()
  .min(1, "A tag needs a name.")
  .max(TAG_NAME_MAX, `Tag names are at most ${TAG_NAME_MAX} characters.`)
  .refine((name) => /[\p{L}\p{N}]/u.test(name), "A tag name needs at least one letter or digit.");

export const articleInputSchema = z.object({
  id: z.uuid("That article does not exist.").optional(),
  version: z.coerce.number().int().min(0).optional(),
  headline: z
    .string()
    .trim()
    .min(1, "Write a headline.")
    .max(HEADLINE_MAX, `Keep the headline under ${HEADLINE_MAX} characters.`),
  standfirst: z.string().trim().max(STANDFIRST_MAX, `Keep the standfirst under ${STANDFIRST_MAX} characters.`).default(""),
  dateline: z.string().trim().max(60, "Keep the dateline under 60 characters, e.g. DOHA.").optional(),
  slug: z
    .string()
    .trim()
    .max(96, "Slugs are at most 96 characters.")
    .refine((slug) => slug === "" || isValidSlug(slug), SLUG_RULES_MESSAGE)
    .default(""),
  body: bodySchema,
  tags: z
    .array(tagNameSchema)
    .max(TAGS_PER_ARTICLE_MAX, `An article takes at most ${TAGS_PER_ARTICLE_MAX} tags.`)
    .default([]),
  intent: articleIntentSchema.default("save"),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

export function readArticleForm(formData: FormData): unknown {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  return {
    id: text("id") || undefined,
    version: text("version") || undefined,
    headline: text("headline") ?? "",
    standfirst: text("standfirst") ?? "",
    dateline: text("dateline"),
    slug: text("slug") ?? "",
    body: text("body"),
    tags: formData.getAll("tags").filter((v): v is string => typeof v === "string" && v.trim() !== ""),
    intent: text("intent") ?? "save",
  };
}
