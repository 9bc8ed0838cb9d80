import "server-only";
import { db } from "@/lib/db";
import type { InboxMention } from "@/lib/comments/types";

const EXCERPT_CHARS = 200;

/** A person's mentions, newest first (the inbox). Deleted comments and trashed articles drop out. */
export async function listMentions(userId: string, take = 100): Promise<InboxMention[]> {
  const rows = await db.commentMention.findMany({
    where: { userId, comment: { deletedAt: null, thread: { article: { deletedAt: null } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      readAt: true,
      createdAt: true,
      comment: { select: { body: true, author: { select: { name: true } }, thread: { select: { id: true, article: { select: { id: true, headline: true } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    author: row.comment.author?.name ?? "Former staff member",
    excerpt: row.comment.body.length > EXCERPT_CHARS ? `${row.comment.body.slice(0, EXCERPT_CHARS - 1)}…` : row.comment.body,
    articleId: row.comment.thread.article.id,
    headline: row.comment.thread.article.headline,
    threadId: row.comment.thread.id,
  }));
}

/** The number beside "Inbox" in the admin's navigation. */
export function countUnreadMentions(userId: string): Promise<number> {
  return db.commentMention.count({ where: { userId, readAt: null, comment: { deletedAt: null, thread: { article: { deletedAt: null } } } } });
}

/** Marks one of the caller's mentions read, or all of them. Another person's mention is left alone. */
export async function markMentionsRead(userId: string, mentionId: string | "all", now: Date): Promise<number> {
  const { count } = await db.commentMention.updateMany({
    where: { userId, readAt: null, ...(mentionId === "all" ? {} : { id: mentionId }) },
    data: { readAt: now },
  });
  return count;
}
