import "server-only";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { db } from "@/lib/db";
import type { ContentDocument } from "@/lib/content/types";
import type { ArticleRef } from "@/lib/auth/permissions";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export type EditableArticle = ArticleRef & {
  id: string;
  headline: string;
  standfirst: string;
  dateline: string;
  slug: string;
  body: ContentDocument;
  status: ArticleStatus;
  version: number;
  publishedAt: Date | null;
  /** Issue 13: when it leaves every public surface (null: never). */
  expiresAt: Date | null;
  updatedAt: Date;
  tags: string[];
  bylines: string[];
  sectionId: string | null;
  seoTitle: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  // The latest workflow note (e.g. an editor's reason for sending it back), if any.
  lastNote: { text: string; author: string; at: Date } | null;
};

export async function getArticleForEditing(id: string): Promise<EditableArticle | null> {
  await recordDueGoLives();
  const row = await db.article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      headline: true,
      standfirst: true,
      dateline: true,
      slug: true,
      body: true,
      status: true,
      version: true,
      publishedAt: true,
      expiresAt: true,
      updatedAt: true,
      createdById: true,
      sectionId: true,
      seoTitle: true,
      socialTitle: true,
      socialDescription: true,
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
      bylines: { orderBy: { position: "asc" }, select: { userId: true, user: { select: { name: true } } } },
      revisions: {
        where: { kind: "STATUS" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { note: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const { revisions, ...rest } = row;
  const last = revisions[0];
  return {
    ...rest,
    body: row.body as ContentDocument,
    tags: row.tags.map((t) => t.tag.name),
    bylines: row.bylines.map((b) => b.user.name),
    bylineUserIds: row.bylines.map((b) => b.userId),
    lastNote: last && last.note.includes(": ") ? { text: last.note, author: last.author?.name ?? "An editor", at: last.createdAt } : null,
  };
}
