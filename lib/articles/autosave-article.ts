import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleInput } from "@/lib/articles/schema";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { heartbeatLock, type LockState } from "@/lib/articles/edit-lock";

export type AutosaveResult = { savedAt: Date; lock: LockState };

// Keeps one rolling autosave per person and article: the words typed since their last
// explicit save. It never changes the article (readers, history and other editors see
// only explicit saves), and it doubles as the editing lock's heartbeat.
export async function autosaveArticle(actor: Actor, input: ArticleInput & { id: string; version: number }, now = new Date()): Promise<AutosaveResult> {
  await db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.id);
    assertAllowed(can(actor, "article.edit", article), "You can read this article but not change it.");
  });
  const data = {
    baseVersion: input.version,
    headline: input.headline,
    standfirst: input.standfirst,
    slug: input.slug,
    body: input.body as Prisma.InputJsonValue,
    tags: input.tags,
    bylines: input.bylines,
    dateline: input.dateline ?? "",
    seoTitle: input.seoTitle ?? "",
    socialTitle: input.socialTitle ?? "",
    socialDescription: input.socialDescription ?? "",
    savedAt: now,
  };
  await db.autosave.upsert({
    where: { articleId_userId: { articleId: input.id, userId: actor.id } },
    create: { articleId: input.id, userId: actor.id, ...data },
    update: data,
  });
  const lock = await heartbeatLock(actor, input.id, { now });
  return { savedAt: now, lock };
}

export type StoredAutosave = {
  baseVersion: number;
  headline: string;
  standfirst: string;
  slug: string;
  body: unknown;
  tags: string[];
  bylines: string[];
  /** Null in autosaves written before these fields were kept: the article's own values stand. */
  dateline: string | null;
  seoTitle: string | null;
  socialTitle: string | null;
  socialDescription: string | null;
  savedAt: Date;
};

export async function getAutosave(articleId: string, userId: string): Promise<StoredAutosave | null> {
  const row = await db.autosave.findUnique({ where: { articleId_userId: { articleId, userId } } });
  if (!row) return null;
  return { ...row, tags: row.tags as string[], bylines: row.bylines as string[] };
}

export async function discardAutosave(actor: Actor, articleId: string): Promise<void> {
  await db.autosave.deleteMany({ where: { articleId, userId: actor.id } });
}
