"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { mergeTagsSchema, tagFieldsSchema, tagIdSchema } from "@/lib/tags/schema";
import { createTag } from "@/lib/tags/create-tag";
import { updateTag } from "@/lib/tags/update-tag";
import { mergeTags } from "@/lib/tags/merge-tags";
import { deleteTag } from "@/lib/tags/delete-tag";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";

const updateTagSchema = tagFieldsSchema.extend({ id: tagIdSchema });
const deleteTagSchema = z.object({ id: tagIdSchema, confirm: z.string().max(8).optional() });

export const createTagAction = defineAction({ permission: "tag.manage", schema: tagFieldsSchema }, async (input, { user, ip }) => {
  const tag = await createTag(user, input, ip);
  revalidatePath("/admin/tags");
  return { status: "success", message: `Tag “${input.name}” created at /tags/${tag.slug}.` };
});

export const updateTagAction = defineAction({ permission: "tag.manage", schema: updateTagSchema }, async ({ id, ...fields }, { user, ip }) => {
  const result = await updateTag(user, id, fields, ip);
  revalidatePath(`/admin/tags/${id}`);
  // Tag names and addresses show on article, list and feed pages.
  expireEveryPublicPage();
  return { status: "success", message: result.renamed ? `Renamed. The tag now lives at /tags/${result.slug}; its old address redirects there.` : "Saved." };
});

export const mergeTagsAction = defineAction({ permission: "tag.manage", schema: mergeTagsSchema }, async ({ sourceId, targetId }, { user, ip }) => {
  await mergeTags(user, sourceId, targetId, ip);
  revalidatePath("/admin/tags");
  expireEveryPublicPage();
  redirect(`/admin/tags/${targetId}?done=merged`);
});

export const deleteTagAction = defineAction({ permission: "tag.manage", schema: deleteTagSchema }, async ({ id, confirm }, { user, ip }) => {
  if (confirm !== "yes") return { status: "error", message: "Tick the box to confirm that the tag comes off its articles." };
  await deleteTag(user, id, ip);
  revalidatePath("/admin/tags");
  expireEveryPublicPage();
  redirect("/admin/tags?done=deleted");
});
