"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { articleInputSchema, readArticleForm } from "@/lib/articles/schema";
import { saveArticle } from "@/lib/articles/save-article";
import { ArticleConflictError } from "@/lib/articles/describe-conflict";
import type { AutosaveResult, LockView, SaveResult } from "@/lib/articles/article-form-types";
import { autosaveArticle, discardAutosave } from "@/lib/articles/autosave-article";
import { heartbeatLock, type LockState } from "@/lib/articles/edit-lock";
import { restoreRevision } from "@/lib/articles/revisions";
import { addCorrection } from "@/lib/articles/corrections";
import { createPreviewLink, revokePreviewLink, PREVIEW_MAX_HOURS } from "@/lib/articles/preview-links";
import { restoreFromTrash, trashArticle } from "@/lib/articles/trash";
import { TRANSITIONS } from "@/lib/articles/transitions";
import { getClientIp } from "@/lib/http/client-ip";
import { siteUrl } from "@/lib/site";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";
import { setRelatedPicks } from "@/lib/articles/set-related-picks";
import { readRelatedPicks } from "@/lib/articles/related-picks-schema";

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const stamp = () => `${TIME.format(new Date())} UTC`;

function lockView(lock: LockState): LockView {
  return lock.held === "other" ? { held: "other", by: lock.by, since: lock.since.toISOString() } : { held: lock.held };
}

// One action for the article form: the button pressed decides Save, Submit, Send back,
// Publish, Schedule or Unpublish; permissions are checked in the services against the
// stored article.
export const saveArticleAction = userAction<SaveResult>({ permission: "article.create" }, async (user, formData) => {
  const parsed = articleInputSchema.safeParse(readArticleForm(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  let saved;
  try {
    saved = await saveArticle(user, parsed.data, { slugEdited: formData.get("slugEdited") === "1", ip: await getClientIp() });
  } catch (error) {
    if (error instanceof ArticleConflictError) {
      return { status: "error", message: error.message, data: { conflict: error.snapshot ?? undefined } };
    }
    throw error;
  }
  const { touchesPublicPages, ...article } = saved;
  if (touchesPublicPages) await revalidateArticlePages(article.id);
  if (!parsed.data.id) redirect(`/admin/articles/${article.id}?done=${parsed.data.intent}`);
  const done = parsed.data.intent === "save" ? "Saved" : TRANSITIONS[parsed.data.intent].done;
  return {
    status: "success",
    message: `${done} at ${stamp()}.`,
    data: { saved: { ...article, publishedAt: article.publishedAt?.toISOString() ?? null } },
  };
});

export const autosaveAction = userAction<AutosaveResult>({ permission: "article.create" }, async (user, formData) => {
  const parsed = articleInputSchema.safeParse(readArticleForm(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  const { id, version } = parsed.data;
  if (!id || version === undefined) return { status: "error", message: "Not saved: save the article once first." };
  const result = await autosaveArticle(user, { ...parsed.data, id, version });
  return { status: "success", message: `Saved at ${stamp()}`, data: { savedAt: result.savedAt.toISOString(), lock: lockView(result.lock) } };
});

const idSchema = z.uuid("That article does not exist.");

export const heartbeatAction = userAction<LockView>({ permission: "article.create" }, async (user, formData) => {
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  const lock = await heartbeatLock(user, id.data, { takeOver: formData.get("takeOver") === "1" });
  return { status: "success", message: lock.held === "mine" ? "You are editing." : `${lock.held === "other" ? lock.by : "Someone"} is editing.`, data: lockView(lock) };
});

export const discardAutosaveAction = userAction({ permission: "article.create" }, async (user, formData) => {
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  await discardAutosave(user, id.data);
  return { status: "success", message: "Discarded the autosaved changes." };
});

const restoreSchema = z.object({ articleId: idSchema, revisionId: z.uuid("That version does not exist."), version: z.coerce.number().int().min(1) });

export const restoreRevisionAction = userAction({ permission: "article.create" }, async (user, formData) => {
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  await restoreRevision(user, parsed.data, { ip: await getClientIp() });
  await revalidateArticlePages(parsed.data.articleId);
  redirect(`/admin/articles/${parsed.data.articleId}?done=restore`);
});

const correctionSchema = z.object({
  articleId: idSchema,
  kind: z.enum(["CORRECTION", "CLARIFICATION", "UPDATE"], { error: "Choose correction, clarification or update." }),
  text: z.string().trim().min(1, "Write the note readers will see.").max(2000, "Keep the note under 2,000 characters."),
});

export const addCorrectionAction = userAction({ permission: "article.correct" }, async (user, formData) => {
  const parsed = correctionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  await addCorrection(user, parsed.data, { ip: await getClientIp() });
  await revalidateArticlePages(parsed.data.articleId);
  return { status: "success", message: `Added at ${stamp()}. It is on the article page and on /corrections.` };
});

const previewSchema = z.object({
  articleId: idSchema,
  hours: z.coerce.number().int("Whole hours only.").min(1, "At least 1 hour.").max(PREVIEW_MAX_HOURS, `At most ${PREVIEW_MAX_HOURS} hours (14 days).`),
});

export const createPreviewAction = userAction<{ url: string; expiresAt: string }>({ permission: "article.create" }, async (user, formData) => {
  const parsed = previewSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  const link = await createPreviewLink(user, parsed.data, { ip: await getClientIp() });
  return {
    status: "success",
    message: "Preview link created. Copy it now: it is shown only once.",
    data: { url: `${siteUrl()}/preview/${link.token}`, expiresAt: link.expiresAt.toISOString() },
  };
});

export const revokePreviewAction = userAction({ permission: "article.create" }, async (user, formData) => {
  const parsed = z.object({ articleId: idSchema, linkId: z.uuid("That link does not exist.") }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  await revokePreviewLink(user, parsed.data, { ip: await getClientIp() });
  return { status: "success", message: "Revoked. The link no longer opens the preview." };
});

export const trashArticleAction = userAction({ permission: "article.create" }, async (user, formData) => {
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  await trashArticle(user, { id: id.data }, { ip: await getClientIp() });
  redirect("/admin?done=trashed");
});

export const restoreFromTrashAction = userAction({ permission: "article.restore_deleted" }, async (user, formData) => {
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  await restoreFromTrash(user, { id: id.data }, { ip: await getClientIp() });
  return { status: "success", message: "Restored. It is back in the article list." };
});

export const setRelatedPicksAction = userAction({ permission: "article.create" }, async (user, formData) => {
  const id = idSchema.safeParse(formData.get("articleId"));
  if (!id.success) return validationFailure(id.error);
  // setRelatedPicks checks that this person may edit the article, inside its transaction.
  const picked = await setRelatedPicks(user, id.data, readRelatedPicks(formData));
  await revalidateArticlePages(id.data);
  return { status: "success", message: picked.length ? `Pinned ${picked.length} related ${picked.length === 1 ? "article" : "articles"}.` : "No pinned related articles." };
});
