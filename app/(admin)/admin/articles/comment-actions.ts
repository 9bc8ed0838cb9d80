"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { deleteComment, editComment } from "@/lib/comments/comments";
import { emailMentions } from "@/lib/comments/mentions";
import { replyToThread, setThreadResolved, startCommentThread } from "@/lib/comments/threads";
import { deleteCommentSchema, editCommentSchema, replySchema, resolveThreadSchema, startThreadSchema } from "@/lib/comments/schema";
import type { StartedThread } from "@/lib/comments/types";

// Comments on drafts (issue 17): docs/writing-desk.md, "Comments". Threads and comments
// are their own rows; starting a thread also marks its words in the body (a new version).
// Mentions are emailed after the comment committed, when SMTP is configured.

const COMMENT_LIMIT = { name: "comment", by: "user", max: 60, windowSeconds: 60 } as const;

type Posted = { mentioned: Parameters<typeof emailMentions>[0]; headline: string; articleId: string; threadId: string };

// After the comment committed: the people it mentions get an email (when SMTP is set).
function emailMentionsIn(posted: Posted, author: string, body: string): Promise<number> {
  return emailMentions(posted.mentioned, { author, headline: posted.headline, articleId: posted.articleId, threadId: posted.threadId, body });
}

export const startCommentThreadAction = defineAction(
  { permission: "comment.create", schema: startThreadSchema, rateLimit: COMMENT_LIMIT, invalidPrefix: "Not posted: " },
  async (input, { user, ip, now }): Promise<ActionState<StartedThread>> => {
    const posted = await startCommentThread(user, input, { ip, now });
    await emailMentionsIn(posted, user.name, input.body);
    refresh();
    return { status: "success", message: "Comment posted.", data: { threadId: posted.threadId, version: posted.version } };
  },
);

export const replyToThreadAction = defineAction(
  { permission: "comment.create", schema: replySchema, rateLimit: COMMENT_LIMIT, invalidPrefix: "Not posted: " },
  async (input, { user, ip, now }): Promise<ActionState> => {
    const posted = await replyToThread(user, input, { ip, now });
    await emailMentionsIn(posted, user.name, input.body);
    refresh();
    return { status: "success", message: "Reply posted." };
  },
);

export const editCommentAction = defineAction(
  { permission: "comment.create", schema: editCommentSchema, rateLimit: COMMENT_LIMIT, invalidPrefix: "Not saved: " },
  async (input, { user, ip, now }): Promise<ActionState> => {
    const posted = await editComment(user, input, { ip, now });
    await emailMentionsIn(posted, user.name, input.body);
    refresh();
    return { status: "success", message: "Comment updated." };
  },
);

export const deleteCommentAction = defineAction({ permission: "comment.create", schema: deleteCommentSchema }, async ({ commentId }, { user, ip, now }): Promise<ActionState> => {
  await deleteComment(user, commentId, { ip, now });
  refresh();
  return { status: "success", message: "Comment deleted." };
});

export const resolveThreadAction = defineAction({ permission: "comment.create", schema: resolveThreadSchema }, async (input, { user, ip, now }): Promise<ActionState> => {
  await setThreadResolved(user, input, { ip, now });
  refresh();
  return { status: "success", message: input.resolved ? "Thread resolved." : "Thread reopened." };
});
