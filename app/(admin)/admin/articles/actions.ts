"use server";

import { redirect } from "next/navigation";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { articleInputSchema, readArticleForm } from "@/lib/articles/schema";
import { saveArticle, type SavedArticle } from "@/lib/articles/save-article";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";

const DONE: Record<string, string> = { save: "Saved", publish: "Published", unpublish: "Unpublished" };

// One action for the article form: the button pressed decides Save draft, Publish
// or Unpublish; permissions are checked in saveArticle against the stored article.
export const saveArticleAction = userAction<SavedArticle>({ permission: "article.create" }, async (user, formData) => {
  const parsed = articleInputSchema.safeParse(readArticleForm(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  const saved = await saveArticle(user, parsed.data, { slugEdited: formData.get("slugEdited") === "1" });
  await revalidateArticlePages(saved.id);
  if (!parsed.data.id) redirect(`/admin/articles/${saved.id}?done=${parsed.data.intent}`);
  const time = new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return { status: "success", message: `${DONE[parsed.data.intent]} at ${time} UTC.`, data: saved };
});
