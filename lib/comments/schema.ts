// Inputs of the comment actions (issue 17), shared by the side panel and the actions.
import { z } from "zod";
import { COMMENT_MAX_CHARS } from "./limits";

const id = (what: string) => z.uuid(`That ${what} does not exist.`);
const body = z
  .string()
  .trim()
  .min(1, "Write a comment first.")
  .max(COMMENT_MAX_CHARS, `A comment can be at most ${COMMENT_MAX_CHARS} characters.`);
// The people picked from the @ list, comma separated; the server keeps those still named in the text.
const mentions = z
  .string()
  .max(4000)
  .optional()
  .transform((value) => [...new Set((value ?? "").split(",").map((s) => s.trim()).filter(Boolean))].slice(0, 20))
  .pipe(z.array(z.uuid("Mention someone from the list.")));

export const startThreadSchema = z.object({
  articleId: id("article"),
  version: z.coerce.number().int().min(1),
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(1),
  quote: z.string().max(20_000),
  body,
  mentions,
});
export type StartThreadInput = z.output<typeof startThreadSchema>;

export const replySchema = z.object({ threadId: id("thread"), body, mentions });
export type ReplyInput = z.output<typeof replySchema>;

export const editCommentSchema = z.object({ commentId: id("comment"), body, mentions });
export type EditCommentInput = z.output<typeof editCommentSchema>;

export const deleteCommentSchema = z.object({ commentId: id("comment") });

export const resolveThreadSchema = z.object({ threadId: id("thread"), resolved: z.enum(["1", "0"]).transform((v) => v === "1") });

export const markMentionsReadSchema = z.object({ mentionId: z.union([id("mention"), z.literal("all")]) });
