import { z } from "zod";
import { MAX_DOCUMENT_BYTES } from "@/lib/content/limits";
import { validateDocument } from "@/lib/content/validate-document";
import { publishAtSchema } from "@/lib/articles/schema";
import type { ContentNode } from "@/lib/content/types";

export const LIVE_HEADLINE_MAX = 200;

const entryIdSchema = z.uuid("That entry does not exist (it may have been deleted).");
const articleIdSchema = z.uuid("That article does not exist.");

// The same document rules as an article body (lib/content), with a smaller cap: an
// entry is a few paragraphs, not a feature.
export const LIVE_ENTRY_MAX_BYTES = Math.min(MAX_DOCUMENT_BYTES, 64 * 1024);
const entryBodySchema = z
  .string({ error: "The entry is empty." })
  .max(LIVE_ENTRY_MAX_BYTES * 2, "The entry is larger than 64 KB. Split it into several entries.")
  .transform((value, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "The entry could not be read. Reload the page and try again." });
      return z.NEVER;
    }
    const result = validateDocument(json);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    if (!hasContent(result.doc)) {
      ctx.addIssue({ code: "custom", message: "Write the entry before posting it." });
      return z.NEVER;
    }
    return result.doc;
  });

const checkbox = z
  .union([z.literal("on"), z.literal("1"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "1" || value === "true");

const entryFields = {
  headline: z.string().trim().max(LIVE_HEADLINE_MAX, `Keep the entry's headline under ${LIVE_HEADLINE_MAX} characters.`).default(""),
  body: entryBodySchema,
  keyEvent: checkbox,
};

export const postLiveEntrySchema = z.object({ articleId: articleIdSchema, ...entryFields });
export type PostLiveEntryInput = z.infer<typeof postLiveEntrySchema>;

export const editLiveEntrySchema = z.object({ entryId: entryIdSchema, ...entryFields });
export type EditLiveEntryInput = z.infer<typeof editLiveEntrySchema>;

export const pinLiveEntrySchema = z.object({ entryId: entryIdSchema, pinned: checkbox });
export const deleteLiveEntrySchema = z.object({ entryId: entryIdSchema });

/** Start (or change) coverage: times as typed in datetime-local fields, in the site's time zone. */
export const setLiveCoverageSchema = z.object({
  articleId: articleIdSchema,
  startsAt: publishAtSchema.optional().or(z.literal("").transform(() => undefined)),
  endsAt: publishAtSchema.optional().or(z.literal("").transform(() => undefined)),
});
export const endLiveCoverageSchema = z.object({ articleId: articleIdSchema });

// Some text that is not only spaces, or an image, anywhere in the document (bounded by
// the validator's size and depth limits).
function hasContent(node: ContentNode): boolean {
  if (node.type === "figure") return true;
  if (node.type === "text" && typeof node.text === "string" && node.text.trim() !== "") return true;
  return (node.content ?? []).some(hasContent);
}
