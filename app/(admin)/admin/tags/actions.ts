"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { getClientIp } from "@/lib/http/client-ip";
import { mergeTagsSchema, tagFieldsSchema, tagIdSchema } from "@/lib/tags/schema";
import { createTag } from "@/lib/tags/create-tag";
import { updateTag } from "@/lib/tags/update-tag";
import { mergeTags } from "@/lib/tags/merge-tags";
import { deleteTag } from "@/lib/tags/delete-tag";
import { revalidateAllPublicPages } from "@/lib/cache/revalidate-all-public-pages";

const fields = (formData: FormData) => ({ name: formData.get("name"), description: formData.get("description") ?? "" });

export const createTagAction = userAction({ permission: "tag.manage" }, async (user, formData) => {
  const parsed = tagFieldsSchema.safeParse(fields(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  const tag = await createTag(user, parsed.data, await getClientIp());
  revalidatePath("/admin/tags");
  return { status: "success", message: `Tag “${parsed.data.name}” created at /tags/${tag.slug}.` };
});

export const updateTagAction = userAction({ permission: "tag.manage" }, async (user, formData) => {
  const id = tagIdSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  const parsed = tagFieldsSchema.safeParse(fields(formData));
  if (!parsed.success) return validationFailure(parsed.error);
  const result = await updateTag(user, id.data, parsed.data, await getClientIp());
  revalidatePath(`/admin/tags/${id.data}`);
  // Tag names and addresses show on article, list and feed pages.
  revalidateAllPublicPages();
  return { status: "success", message: result.renamed ? `Renamed. The tag now lives at /tags/${result.slug}; its old address redirects there.` : "Saved." };
});

export const mergeTagsAction = userAction({ permission: "tag.manage" }, async (user, formData) => {
  const parsed = mergeTagsSchema.safeParse({ sourceId: formData.get("sourceId"), targetId: formData.get("targetId") });
  if (!parsed.success) return validationFailure(parsed.error);
  await mergeTags(user, parsed.data.sourceId, parsed.data.targetId, await getClientIp());
  revalidatePath("/admin/tags");
  revalidateAllPublicPages();
  redirect(`/admin/tags/${parsed.data.targetId}?done=merged`);
});

export const deleteTagAction = userAction({ permission: "tag.manage" }, async (user, formData) => {
  const id = tagIdSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  if (formData.get("confirm") !== "yes") {
    return { status: "error", message: "Tick the box to confirm that the tag comes off its articles." };
  }
  await deleteTag(user, id.data, await getClientIp());
  revalidatePath("/admin/tags");
  revalidateAllPublicPages();
  redirect("/admin/tags?done=deleted");
});
