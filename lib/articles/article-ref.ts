import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleRef } from "@/lib/auth/permissions";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export type StoredArticleRef = ArticleRef & {
  id: string;
  status: ArticleStatus;
  version: number;
  slug: string;
  publishedAt: Date | null;
  deletedAt: Date | null;
};

// The stored facts a permission is checked against, read inside the caller's
// transaction and locked (FOR UPDATE) so two transitions cannot interleave.
export async function loadArticleRef(tx: Tx, id: string, options: { includeDeleted?: boolean } = {}): Promise<StoredArticleRef> {
  await tx.$queryRaw`SELECT 1 FROM articles WHERE id = ${id}::uuid FOR UPDATE`;
  const article = await tx.article.findUnique({
    where: { id },
    select: { id: true, status: true, version: true, slug: true, publishedAt: true, deletedAt: true, createdById: true, bylines: { select: { userId: true } } },
  });
  if (!article || (article.deletedAt && !options.includeDeleted)) throw new AppError("NOT_FOUND", "This article no longer exists (it may be in the trash).");
  return { ...article, bylineUserIds: article.bylines.map((b) => b.userId) };
}

export function assertAllowed(allowed: boolean, message = "Your role does not allow this."): void {
  if (!allowed) throw new AppError("FORBIDDEN", message);
}
