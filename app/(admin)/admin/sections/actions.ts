"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";
import { sectionFieldsSchema, sectionIdSchema } from "@/lib/sections/schema";
import { createSection, deleteSection, updateSection } from "@/lib/sections/save-section";

const updateSectionSchema = sectionFieldsSchema.extend({ id: sectionIdSchema });
const deleteSectionSchema = z.object({ id: sectionIdSchema });

export const createSectionAction = defineAction({ permission: "section.manage", schema: sectionFieldsSchema }, async (input, { user, ip }) => {
  const section = await createSection(user, input, ip);
  revalidatePath("/admin/sections");
  // A new section answers at an address that may have been a cached 404 or another section's old one.
  expireEveryPublicPage();
  return { status: "success", message: `Section “${input.name}” created at /sections/${section.path}.` };
});

export const updateSectionAction = defineAction({ permission: "section.manage", schema: updateSectionSchema }, async ({ id, ...fields }, { user, ip }) => {
  const result = await updateSection(user, id, fields, ip);
  revalidatePath("/admin/sections");
  revalidatePath(`/admin/sections/${id}`);
  // Section names show as kickers and breadcrumbs on article pages, addresses on every front.
  expireEveryPublicPage();
  return { status: "success", message: result.moved ? `Saved. The section now lives at /sections/${result.path}; its old address redirects there.` : "Saved." };
});

export const deleteSectionAction = defineAction({ permission: "section.manage", schema: deleteSectionSchema }, async ({ id }, { user, ip }) => {
  await deleteSection(user, id, ip);
  revalidatePath("/admin/sections");
  expireEveryPublicPage();
  redirect("/admin/sections?done=deleted");
});
