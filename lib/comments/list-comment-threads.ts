import "server-only";
import { db } from "@/lib/db";
import type { ThreadView } from "@/lib/comments/types";

/**
 * Every thread of an article, oldest first, resolved or not, anchored or not: the
 * editor orders them by where their marks are and lists the rest as "on deleted text".
 */
export async function listCommentThreads(articleId: string): Promise<ThreadView[]> {
  const threads = await db.commentThread.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      quote: true,
      createdAt: true,
      resolvedAt: true,
      resolvedBy: { select: { name: true } },
      comments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorId: true, body: true, createdAt: true, editedAt: true, deletedAt: true, author: { select: { name: true } } },
      },
    },
  });
  return threads.map((t) => ({
    id: t.id,
    quote: t.quote,
    createdAt: t.createdAt.toISOString(),
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    resolvedBy: t.resolvedBy?.name ?? null,
    comments: t.comments.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      author: c.author?.name ?? "Former staff member",
      body: c.deletedAt ? "" : c.body,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      deleted: Boolean(c.deletedAt),
    })),
  }));
}
