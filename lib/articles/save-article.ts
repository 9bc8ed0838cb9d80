import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import type { ArticleInput } from "@/lib/articles/schema";
import { ensureTags } from "@/lib/tags/ensure-tags";
import { writeRevision } from "@/lib/articles/write-revision";
import { deriveUniqueSlug } from "@/lib/articles/unique-slug";
import { buildConflict } from "@/lib/articles/describe-conflict";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { applyTransition } from "@/lib/articles/transition-article";
import { assertHoldsLock } from "@/lib/articles/edit-lock";
import { carryCommentAnchors } from "@/lib/comments/carry-comment-anchors";
import { assertSlugFree, rememberOldSlug } from "@/lib/articles/slug-history";
import { effectiveStatus } from "@/lib/articles/transitions";
import { zonedLocalToDate } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";
import type { ServiceContext } from "@/lib/articles/context";
import { reportArticleEvent } from "@/lib/webhooks/article-event";
import { replaceArticleCardLinks } from "@/lib/articles/article-cards";
import type { ContentDocument } from "@/lib/content/types";
import { assertReadyToPublish } from "@/lib/articles/assert-ready-to-publish";

export type SavedArticle = {
  id: string;
  slug: string;
  version: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  /**
   * False when the article had no publication time before this save and has none after:
   * no public page can have shown it or show it now, so no cached page need expire.
   * (A reporter's draft saves then leave the front page and feeds cached.)
   */
  touchesPublicPages: boolean;
  /** Comment threads started meanwhile whose marks this save carried over (issue 17). */
  carriedComments: { threadId: string; quote: string }[];
};
export type SaveOptions = ServiceContext & { slugEdited?: boolean };

// Saves the form's content and applies the button's transition (submit, send back,
// publish, schedule, unpublish) in one transaction: the article, its tags and bylines,
// one revision per step, and the audit rows.
export async function saveArticle(actor: Actor, input: ArticleInput, options: SaveOptions = {}): Promise<SavedArticle> {
  const now = options.now ?? new Date();
  const publishAt = input.intent === "schedule" && input.publishAt ? zonedLocalToDate(input.publishAt, siteTimeZone()) : null;
  if (input.intent === "schedule" && !publishAt) {
    throw new AppError("VALIDATION", "Choose when to publish.", { publishAt: ["Choose a date and time."] });
  }
  // What readers will see passes the pre-publish check whether it goes out now or later
  // (applyTransition) or is already out or scheduled and being changed (updateContent).
  try {
    return await db.$transaction(async (tx) => {
      const before = input.id ? await updateContent(tx, actor, input, input.id, now) : await createContent(tx, actor, input, options);
      const id = before.id;
      if (input.intent !== "save") {
        await applyTransition(tx, actor, { id, transition: input.intent, note: input.note, publishAt }, { ...options, now });
      }
      const saved = await tx.article.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true, status: true, publishedAt: true } });
      // A live article saved and still live: its receivers hear of the new version.
      if (before.live && effectiveStatus(saved.status, saved.publishedAt, now) === "PUBLISHED") {
        await reportArticleEvent(tx, "article.updated", id, now, { minor: input.minor === true });
      }
      return { ...saved, touchesPublicPages: before.publishedAt !== null || saved.publishedAt !== null, carriedComments: before.carriedComments ?? [] };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      throw new AppError("VALIDATION", "Another article already uses this slug.", { slug: ["Another article already uses this slug. Choose another."] });
    }
    throw error;
  }
}

type Before = { id: string; publishedAt: Date | null; live: boolean; carriedComments?: SavedArticle["carriedComments"] };

async function createContent(tx: Tx, actor: Actor, input: ArticleInput, options: SaveOptions): Promise<Before> {
  assertAllowed(can(actor, "article.create"));
  const slug = input.slug && options.slugEdited !== false ? input.slug : await deriveUniqueSlug(tx, input.headline);
  await assertSlugFree(tx, slug);
  // The creator is the first byline unless the form names others.
  const bylines = await checkBylines(tx, input.bylines.length ? input.bylines : [actor.id]);
  const article = await tx.article.create({
    data: {
      headline: input.headline,
      standfirst: input.standfirst,
      dateline: input.dateline,
      slug,
      body: input.body as Prisma.InputJsonValue,
      seoTitle: input.seoTitle,
      socialTitle: input.socialTitle,
      socialDescription: input.socialDescription,
      ...(await sectionChange(tx, input.sectionId)),
      createdById: actor.id,
      updatedById: actor.id,
      bylines: { create: bylines.map((userId, position) => ({ userId, position })) },
    },
    select: { id: true },
  });
  await replaceTags(tx, article.id, input.tags);
  await replaceArticleCardLinks(tx, article.id, input.body as ContentDocument);
  await writeRevision(tx, article.id, "SAVE", actor.id);
  return { id: article.id, publishedAt: null, live: false };
}

async function updateContent(tx: Tx, actor: Actor, input: ArticleInput, id: string, now: Date): Promise<Before> {
  const current = await loadArticleRef(tx, id);
  assertAllowed(can(actor, "article.edit", current), "You can read this article but not change it: only its authors (while it is a draft) and editors can.");
  if (input.version === undefined) throw new AppError("VALIDATION", "The form did not say which version it edits. Reload the page.");
  await assertHoldsLock(tx, actor, id, now);
  // Only the row at the version the editor started from may change: a stale save is
  // refused, never silently written over someone else's words. (Versions that only
  // started comment threads are not words: their marks are carried over, issue 17.)
  let carriedComments: SavedArticle["carriedComments"] = [];
  if (current.version !== input.version) {
    const carried = await carryCommentAnchors(tx, id, input.version, current.version, input.body as ContentDocument);
    if (!carried) throw await buildConflict(tx, id);
    input = { ...input, body: carried.body };
    carriedComments = carried.carried;
  }
  const slug = input.slug || current.slug;
  if (slug !== current.slug) await assertSlugFree(tx, slug, id);
  const live = effectiveStatus(current.status, current.publishedAt, now) === "PUBLISHED";
  const bylines = input.bylines.length ? await checkBylines(tx, input.bylines) : null;
  // loadArticleRef holds the row lock (FOR UPDATE), so the version checked above stands.
  await tx.article.update({
    where: { id },
    data: {
      headline: input.headline,
      standfirst: input.standfirst,
      dateline: input.dateline,
      slug,
      body: input.body as Prisma.InputJsonValue,
      seoTitle: input.seoTitle,
      socialTitle: input.socialTitle,
      socialDescription: input.socialDescription,
      ...(await sectionChange(tx, input.sectionId)),
      updatedById: actor.id,
      version: { increment: 1 },
      // Readers are told of substantive edits to a live article, not of a typo fix.
      ...(live && !input.minor ? { modifiedAt: now } : {}),
    },
  });
  // Once an article has been published its old address must keep working.
  if (current.publishedAt && slug !== current.slug) await rememberOldSlug(tx, id, current.slug, slug);
  if (bylines) {
    await tx.byline.deleteMany({ where: { articleId: id } });
    await tx.byline.createMany({ data: bylines.map((userId, position) => ({ articleId: id, userId, position })) });
  }
  await replaceTags(tx, id, input.tags);
  await replaceArticleCardLinks(tx, id, input.body as ContentDocument);
  // "Update" on a live or scheduled article: readers see (or will see) this content, so it
  // passes the same blocking checks as publishing. Unpublishing is never blocked.
  const outOrScheduled = live || effectiveStatus(current.status, current.publishedAt, now) === "SCHEDULED";
  if (outOrScheduled && input.intent !== "unpublish") await assertReadyToPublish(tx, id, now, "Not saved");
  await writeRevision(tx, id, "SAVE", actor.id, input.minor ? "Minor fix" : "");
  // An explicit save supersedes this person's rolling autosave.
  await tx.autosave.deleteMany({ where: { articleId: id, userId: actor.id } });
  return { id, publishedAt: current.publishedAt, live, carriedComments };
}

// issue-13: the primary section, if the form sent one (absent: unchanged; null: none).
async function sectionChange(tx: Tx, sectionId: string | null | undefined): Promise<{ sectionId?: string | null }> {
  if (sectionId === undefined) return {};
  if (sectionId && !(await tx.section.findUnique({ where: { id: sectionId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "That section no longer exists.", { sectionId: ["That section no longer exists. Choose another."] });
  }
  return { sectionId };
}

// Bylines are staff who can sign in or desk accounts; each must exist and be active.
async function checkBylines(tx: Tx, ids: readonly string[]): Promise<string[]> {
  const users = await tx.user.findMany({ where: { id: { in: [...ids] }, active: true }, select: { id: true } });
  if (users.length !== ids.length) {
    throw new AppError("VALIDATION", "A byline names someone who is not on the staff list.", { bylines: ["Choose bylines from the staff list."] });
  }
  return [...ids];
}

async function replaceTags(tx: Tx, articleId: string, names: readonly string[]): Promise<void> {
  const tagIds = await ensureTags(tx, names);
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length === 0) return;
  await tx.articleTag.createMany({ data: tagIds.map((tagId, position) => ({ articleId, tagId, position })) });
}

function isUniqueViolation(error: unknown, field: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: string; meta?: unknown };
  if (e.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes(field);
}
