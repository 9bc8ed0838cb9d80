import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StoredArticleRef } from "@/lib/articles/article-ref";
import { loadArticleRef } from "@/lib/articles/article-ref";

export type ThreadWithArticle = { id: string; articleId: string; resolvedAt: Date | null; article: StoredArticleRef };

// A thread and the stored facts its permissions are checked against, inside the
// caller's transaction (the article row locked, as every article change does).
export async function loadThreadArticle(tx: Tx, threadId: string): Promise<ThreadWithArticle> {
  const thread = await tx.commentThread.findUnique({ where: { id: threadId }, select: { id: true, articleId: true, resolvedAt: true } });
  if (!thread) throw new AppError("NOT_FOUND", "That comment thread no longer exists.");
  return { ...thread, article: await loadArticleRef(tx, thread.articleId) };
}
