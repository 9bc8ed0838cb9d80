import { z } from "zod";
import { isValidSlug, SLUG_RULES_MESSAGE } from "@/lib/content/slug";
import { validateDocument } from "@/lib/content/validate-document";
import { MAX_DOCUMENT_BYTES } from "@/lib/content/limits";

export const HEADLINE_MAX = 200;
export const STANDFIRST_MAX = 600;
export const TAG_NAME_MAX = 60;
export const TAGS_PER_ARTICLE_MAX = 20;
// issue-17: how the article looks in search results and social cards. Generous hard
// limits; the editor's preview shows where search engines and cards cut them.
export const SEO_TITLE_MAX = 120;
export const SOCIAL_TITLE_MAX = 150;
export const SOCIAL_DESCRIPTION_MAX = 300;

export const articleIntentSchema = z.enum(["save", "submit", "send_back", "publish", "schedule", "unpublish"], {
  error: "Choose one of the form's buttons: Save, Submit for review, Send back, Publish, Schedule or Unpublish.",
});
export type ArticleIntent = z.infer<typeof articleIntentSchema>;

export const NOTE_MAX = 2000;
export const BYLINES_MAX = 10;

// A schedule time as typed in a datetime-local field, read in the site's time zone.
export const publishAtSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter the date and time to publish, e.g. 2026-12-01 09:00.");

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

// An optional override: "" (or spaces) means "use the default" and is stored as null;
// absent leaves the stored value as it is (callers other than the form).
function overrideSchema(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .optional();
}

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
  bylines: z
    .array(z.uuid("Choose bylines from the staff list."))
    .max(BYLINES_MAX, `An article takes at most ${BYLINES_MAX} bylines.`)
    .refine((ids) => new Set(ids).size === ids.length, "Each person appears once in the bylines.")
    .default([]),
  // issue-13: the primary section; "" clears it, absent leaves it as it is.
  sectionId: z.preprocess((v) => (v === "" ? null : v), z.uuid("Choose a section from the list.").nullable()).optional(),
  seoTitle: overrideSchema(SEO_TITLE_MAX, "search title"),
  socialTitle: overrideSchema(SOCIAL_TITLE_MAX, "social title"),
  socialDescription: overrideSchema(SOCIAL_DESCRIPTION_MAX, "social description"),
  // A typo fix: readers are not told the article was updated.
  minor: z.boolean().default(false),
  publishAt: z.union([publishAtSchema, z.literal("")]).default(""),
  note: z.string().trim().max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`).default(""),
  intent: articleIntentSchema.default("save"),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

// The article form as its actions read it (readArticleForm): the article, and whether the
// slug was typed by hand rather than derived from the headline.
export const articleFormSchema = articleInputSchema.extend({ slugEdited: z.boolean().default(false) });

export const articleIdSchema = z.uuid("That article does not exist.");

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
    bylines: formData.getAll("bylines").filter((v): v is string => typeof v === "string" && v !== ""),
    sectionId: text("sectionId"),
    seoTitle: text("seoTitle"),
    socialTitle: text("socialTitle"),
    socialDescription: text("socialDescription"),
    minor: formData.get("minor") === "on" || formData.get("minor") === "1",
    publishAt: text("publishAt") ?? "",
    note: text("note") ?? "",
    intent: text("intent") ?? "save",
    slugEdited: formData.get("slugEdited") === "1",
  };
}
