import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, canChangeComment, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAllowed } from "@/lib/articles/article-ref";
import type { ServiceContext } from "@/lib/articles/context";
import { loadThreadArticle } from "@/lib/comments/thread-article";
import { recordMentions } from "@/lib/comments/mentions";
import type { PostedComment } from "@/lib/comments/threads";
import type { EditCommentInput } from "@/lib/comments/schema";

async function loadOwnComment(tx: Tx, actor: Actor, commentId: string) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { id: true, threadId: true, authorId: true, deletedAt: true } });
  if (!comment || comment.deletedAt) throw new AppError("NOT_FOUND", "That comment no longer exists.");
  const thread = await loadThreadArticle(tx, comment.threadId);
  assertAllowed(can(actor, "comment.create", thread.article) && canChangeComment(actor, comment), "Only the person who wrote a comment can change it.");
  return { comment, thread };
}

/** Rewrites one's own comment; people newly mentioned in it are notified. */
export async function editComment(actor: Actor, input: EditCommentInput, context: ServiceContext = {}): Promise<PostedComment> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { comment, thread } = await loadOwnComment(tx, actor, input.commentId);
    await tx.comment.update({ where: { id: comment.id }, data: { body: input.body, editedAt: now } });
    const mentioned = await recordMentions(tx, { commentId: comment.id, authorId: actor.id, body: input.body, picked: input.mentions, now });
    await recordAudit(tx, { actorId: actor.id, action: "comment.edit", targetType: "article", targetId: thread.articleId, ip: context.ip, at: now, details: { threadId: thread.id, commentId: comment.id } });
    const { headline } = await tx.article.findUniqueOrThrow({ where: { id: thread.articleId }, select: { headline: true } });
    return { threadId: thread.id, commentId: comment.id, articleId: thread.articleId, headline, mentioned };
  });
}

/** Deletes one's own comment: its words go, its place in the thread stays ("Comment deleted"). */
export async function deleteComment(actor: Actor, commentId: string, context: ServiceContext = {}): Promise<{ articleId: string }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { comment, thread } = await loadOwnComment(tx, actor, commentId);
    await tx.comment.update({ where: { id: comment.id }, data: { body: "", deletedAt: now } });
    await tx.commentMention.deleteMany({ where: { commentId: comment.id } });
    await recordAudit(tx, { actorId: actor.id, action: "comment.delete", targetType: "article", targetId: thread.articleId, ip: context.ip, at: now, details: { threadId: thread.id, commentId: comment.id } });
    return { articleId: thread.articleId };
  });
}
