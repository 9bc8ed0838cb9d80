import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAllowed, loadArticleRef } from "@/lib/articles/article-ref";
import type { ServiceContext } from "@/lib/articles/context";
import { anchorComment } from "@/lib/content/anchor-comment";
import type { ContentDocument } from "@/lib/content/types";
import { validateDocument } from "@/lib/content/validate-document";
import { loadThreadArticle } from "@/lib/comments/thread-article";
import { recordMentions, type MentionNotice } from "@/lib/comments/mentions";
import { QUOTE_MAX_CHARS } from "@/lib/comments/limits";
import type { ReplyInput, StartThreadInput } from "@/lib/comments/schema";

export type PostedComment = { threadId: string; commentId: string; articleId: string; headline: string; mentioned: MentionNotice[] };

const CANNOT_COMMENT = "You cannot comment on this article.";

/**
 * Starts a thread on the words [from, to) of the article as stored at `version`: the
 * body gets the thread's comment mark (a new version, so an open editor's next save
 * builds on it), and the thread, its first comment, its mentions and the audit row
 * are written in the same transaction. Refused when the article changed since the
 * caller's copy (the positions would point elsewhere). Someone else editing the article
 * meanwhile is not refused: their next save, based on the version before, carries the
 * mark over to the same words (carryCommentAnchors, from saveArticle).
 */
export async function startCommentThread(actor: Actor, input: StartThreadInput, context: ServiceContext = {}): Promise<PostedComment & { version: number }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.articleId);
    assertAllowed(can(actor, "comment.create", article), CANNOT_COMMENT);
    if (article.version !== input.version) {
      throw new AppError("CONFLICT", "The article has changed since this page was opened. Save your changes (or reload the page), then select the words again.");
    }
    const stored = await tx.article.findUniqueOrThrow({ where: { id: input.articleId }, select: { body: true, headline: true, updatedAt: true } });
    const threadId = randomUUID();
    const anchored = anchorComment(stored.body as ContentDocument, input.from, input.to, threadId);
    if (!anchored) throw new AppError("VALIDATION", "Select some words of the article to comment on.");
    if (anchored.quote !== input.quote.replace(/\s+/gu, " ").trim()) {
      throw new AppError("CONFLICT", "The selected words are not where they were when the article was saved. Save your changes first, then comment.");
    }
    const checked = validateDocument(anchored.doc);
    if (!checked.ok) throw new AppError("VALIDATION", checked.error);

    // A new version (an open editor's next save must build on it), but not an edit: the
    // article keeps its "last changed" time, so the newsroom list's order, readers' and
    // the API's Last-Modified (the mark never reaches them) and a pending autosave's
    // recovery offer (newer than the last change) stay as they were.
    await tx.article.update({ where: { id: input.articleId }, data: { body: checked.doc as Prisma.InputJsonValue, version: { increment: 1 }, updatedAt: stored.updatedAt } });
    await tx.commentThread.create({ data: { id: threadId, articleId: input.articleId, quote: anchored.quote.slice(0, QUOTE_MAX_CHARS), anchoredVersion: article.version + 1, createdById: actor.id, createdAt: now } });
    const comment = await tx.comment.create({ data: { threadId, authorId: actor.id, body: input.body, createdAt: now }, select: { id: true } });
    const mentioned = await recordMentions(tx, { commentId: comment.id, authorId: actor.id, body: input.body, picked: input.mentions, now });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.thread_start",
      targetType: "article",
      targetId: input.articleId,
      ip: context.ip,
      at: now,
      details: { threadId, commentId: comment.id, mentioned: mentioned.map((m) => m.userId) },
    });
    return { threadId, commentId: comment.id, articleId: input.articleId, headline: stored.headline, mentioned, version: article.version + 1 };
  });
}

/** Adds a comment to a thread. A reply to a resolved thread reopens it. */
export async function replyToThread(actor: Actor, input: ReplyInput, context: ServiceContext = {}): Promise<PostedComment> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const thread = await loadThreadArticle(tx, input.threadId);
    assertAllowed(can(actor, "comment.create", thread.article), CANNOT_COMMENT);
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: actor.id, body: input.body, createdAt: now }, select: { id: true } });
    if (thread.resolvedAt) await tx.commentThread.update({ where: { id: thread.id }, data: { resolvedAt: null, resolvedById: null } });
    const mentioned = await recordMentions(tx, { commentId: comment.id, authorId: actor.id, body: input.body, picked: input.mentions, now });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.reply",
      targetType: "article",
      targetId: thread.articleId,
      ip: context.ip,
      at: now,
      details: { threadId: thread.id, commentId: comment.id, reopened: Boolean(thread.resolvedAt), mentioned: mentioned.map((m) => m.userId) },
    });
    const { headline } = await tx.article.findUniqueOrThrow({ where: { id: thread.articleId }, select: { headline: true } });
    return { threadId: thread.id, commentId: comment.id, articleId: thread.articleId, headline, mentioned };
  });
}

/** Resolves or reopens a thread: editors and admins, and the article's own reporter. */
export async function setThreadResolved(actor: Actor, input: { threadId: string; resolved: boolean }, context: ServiceContext = {}): Promise<{ articleId: string }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const thread = await loadThreadArticle(tx, input.threadId);
    assertAllowed(can(actor, "comment.resolve", thread.article), "Only editors and the article's own reporter can resolve or reopen a thread.");
    if (Boolean(thread.resolvedAt) === input.resolved) return { articleId: thread.articleId };
    await tx.commentThread.update({
      where: { id: thread.id },
      data: input.resolved ? { resolvedAt: now, resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.resolved ? "comment.thread_resolve" : "comment.thread_reopen",
      targetType: "article",
      targetId: thread.articleId,
      ip: context.ip,
      at: now,
      details: { threadId: thread.id },
    });
    return { articleId: thread.articleId };
  });
}
