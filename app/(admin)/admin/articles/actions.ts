"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { articleFormSchema, articleIdSchema, readArticleForm } from "@/lib/articles/schema";
import { saveArticle } from "@/lib/articles/save-article";
import { ArticleConflictError } from "@/lib/articles/describe-conflict";
import type { AutosaveResult, LockView, SaveResult } from "@/lib/articles/article-form-types";
import { autosaveArticle, discardAutosave } from "@/lib/articles/autosave-article";
import { heartbeatLock, type LockState } from "@/lib/articles/edit-lock";
import { restoreRevision, restoreRevisionSchema } from "@/lib/articles/revisions";
import { addCorrection, addCorrectionSchema } from "@/lib/articles/corrections";
import { createPreviewLink, createPreviewSchema, revokePreviewLink, revokePreviewSchema } from "@/lib/articles/preview-links";
import { restoreFromTrash, trashArticle } from "@/lib/articles/trash";
import { TRANSITIONS } from "@/lib/articles/transitions";
import { formatDateTime, siteUrl } from "@/lib/site";
import { setArticleExpiry, setExpirySchema } from "@/lib/articles/set-article-expiry";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";
import { setRelatedPicks } from "@/lib/articles/set-related-picks";
import { readRelatedPicks } from "@/lib/articles/related-picks-schema";
import type { ActionState } from "@/lib/actions/action-state";

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const stamp = (now: Date) => `${TIME.format(now)} UTC`;

function lockView(lock: LockState): LockView {
  return lock.held === "other" ? { held: "other", by: lock.by, since: lock.since.toISOString() } : { held: lock.held };
}

const articleRef = z.object({ id: articleIdSchema });
const lockSchema = z.object({ id: articleIdSchema, takeOver: z.string().max(8).optional() });

// One action for the article form: the button pressed decides Save, Submit, Send back,
// Publish, Schedule or Unpublish; permissions are checked in the services against the
// stored article.
export const saveArticleAction = defineAction(
  { permission: "article.create", schema: articleFormSchema, read: readArticleForm },
  async ({ slugEdited, ...input }, { user, ip, now }): Promise<ActionState<SaveResult>> => {
    let saved;
    try {
      saved = await saveArticle(user, input, { slugEdited, ip, now });
    } catch (error) {
      if (error instanceof ArticleConflictError) {
        return { status: "error", message: error.message, data: { conflict: error.snapshot ?? undefined } };
      }
      throw error;
    }
    const { touchesPublicPages, ...article } = saved;
    if (touchesPublicPages) await revalidateArticlePages(article.id);
    if (!input.id) redirect(`/admin/articles/${article.id}?done=${input.intent}`);
    const done = input.intent === "save" ? "Saved" : TRANSITIONS[input.intent].done;
    return {
      status: "success",
      message: `${done} at ${stamp(now)}.`,
      data: { saved: { ...article, publishedAt: article.publishedAt?.toISOString() ?? null } },
    };
  },
);

export const autosaveAction = defineAction(
  { permission: "article.create", schema: articleFormSchema, read: readArticleForm },
  async ({ slugEdited: _slugEdited, ...input }, { user, now }): Promise<ActionState<AutosaveResult>> => {
    const { id, version } = input;
    if (!id || version === undefined) return { status: "error", message: "Not saved: save the article once first." };
    const result = await autosaveArticle(user, { ...input, id, version }, now);
    return { status: "success", message: `Saved at ${stamp(now)}`, data: { savedAt: result.savedAt.toISOString(), lock: lockView(result.lock) } };
  },
);

export const heartbeatAction = defineAction({ permission: "article.create", schema: lockSchema }, async ({ id, takeOver }, { user, now }): Promise<ActionState<LockView>> => {
  const lock = await heartbeatLock(user, id, { takeOver: takeOver === "1", now });
  return { status: "success", message: lock.held === "mine" ? "You are editing." : `${lock.held === "other" ? lock.by : "Someone"} is editing.`, data: lockView(lock) };
});

export const discardAutosaveAction = defineAction({ permission: "article.create", schema: articleRef }, async ({ id }, { user }) => {
  await discardAutosave(user, id);
  return { status: "success", message: "Discarded the autosaved changes." };
});

export const restoreRevisionAction = defineAction({ permission: "article.create", schema: restoreRevisionSchema }, async (input, { user, ip, now }) => {
  await restoreRevision(user, input, { ip, now });
  await revalidateArticlePages(input.articleId);
  redirect(`/admin/articles/${input.articleId}?done=restore`);
});

export const addCorrectionAction = defineAction({ permission: "article.correct", schema: addCorrectionSchema }, async (input, { user, ip, now }) => {
  await addCorrection(user, input, { ip, now });
  await revalidateArticlePages(input.articleId);
  return { status: "success", message: `Added at ${stamp(now)}. It is on the article page and on /corrections.` };
});

export const createPreviewAction = defineAction(
  { permission: "article.create", schema: createPreviewSchema },
  async (input, { user, ip, now }): Promise<ActionState<{ url: string; expiresAt: string }>> => {
    const link = await createPreviewLink(user, input, { ip, now });
    return {
      status: "success",
      message: "Preview link created. Copy it now: it is shown only once.",
      data: { url: `${siteUrl()}/preview/${link.token}`, expiresAt: link.expiresAt.toISOString() },
    };
  },
);

export const revokePreviewAction = defineAction({ permission: "article.create", schema: revokePreviewSchema }, async (input, { user, ip, now }) => {
  await revokePreviewLink(user, input, { ip, now });
  return { status: "success", message: "Revoked. The link no longer opens the preview." };
});

export const trashArticleAction = defineAction({ permission: "article.create", schema: articleRef }, async (input, { user, ip, now }) => {
  await trashArticle(user, input, { ip, now });
  redirect("/admin?done=trashed");
});

export const restoreFromTrashAction = defineAction({ permission: "article.restore_deleted", schema: articleRef }, async (input, { user, ip, now }) => {
  await restoreFromTrash(user, input, { ip, now });
  return { status: "success", message: "Restored. It is back in the article list." };
});

// The picks themselves are checked by setRelatedPicks (at most three, distinct, existing),
// inside its transaction, with the right to edit the article.
const relatedPicksForm = z.object({ articleId: articleIdSchema, relatedPicks: z.array(z.string()) });

export const setRelatedPicksAction = defineAction(
  { permission: "article.create", schema: relatedPicksForm, read: (formData) => ({ articleId: formData.get("articleId"), relatedPicks: readRelatedPicks(formData) }) },
  async ({ articleId, relatedPicks }, { user }) => {
    const picked = await setRelatedPicks(user, articleId, relatedPicks);
    await revalidateArticlePages(articleId);
    return { status: "success", message: picked.length ? `Pinned ${picked.length} related ${picked.length === 1 ? "article" : "articles"}.` : "No pinned related articles." };
  },
);

// Issue 13: the article's end time (takedown); clearing or moving it later brings it back.
export const setArticleExpiryAction = defineAction({ permission: "article.expire", schema: setExpirySchema }, async (input, { user, ip, now }) => {
  const { expiresAt } = await setArticleExpiry(input, { actorId: user.id, ip, now });
  await revalidateArticlePages(input.articleId);
  return { status: "success", message: expiresAt ? `Saved at ${stamp(now)}. The article leaves the site at ${formatDateTime(expiresAt)}.` : `Saved at ${stamp(now)}. The article has no end time.` };
});
