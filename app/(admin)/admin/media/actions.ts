"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/http/client-ip";
import { mediaFieldsSchema, mediaIdSchema } from "@/lib/media/schema";
import { updateMedia } from "@/lib/media/update-media";
import { setFeaturedImage } from "@/lib/media/set-featured-image";
import { getFeaturedImage, type FeaturedImage } from "@/lib/media/get-featured-image";
import { revalidateAllPublicPages } from "@/lib/cache/revalidate-all-public-pages";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";

// Alt text, caption and credit of a library image. Any staff member may describe an
// image; one that articles use needs the right to edit each of them (updateMedia).
export const updateMediaAction = userAction({ permission: "media.describe" }, async (user, formData) => {
  const id = mediaIdSchema.safeParse(formData.get("id"));
  if (!id.success) return validationFailure(id.error);
  const parsed = mediaFieldsSchema.safeParse({ alt: formData.get("alt") ?? "", caption: formData.get("caption") ?? "", credit: formData.get("credit") ?? "" });
  if (!parsed.success) return validationFailure(parsed.error);
  const update = await updateMedia(user, id.data, parsed.data, await getClientIp());
  revalidatePath(`/admin/media/${id.data}`);
  // Articles that feature the image, and bylines that show it, render its current details.
  if (update.liveArticles > 0 || update.avatars > 0) revalidateAllPublicPages();
  return { status: "success", message: update.changed ? "Image details saved." : "Nothing changed." };
});

const featuredSchema = z.object({ articleId: z.uuid("Save the article first."), mediaId: mediaIdSchema.nullable() });

export const setFeaturedImageAction = userAction<FeaturedImage | null>({ permission: "article.create" }, async (user, formData) => {
  const parsed = featuredSchema.safeParse({ articleId: formData.get("articleId"), mediaId: formData.get("mediaId") || null });
  if (!parsed.success) return validationFailure(parsed.error);
  await setFeaturedImage(user, parsed.data.articleId, parsed.data.mediaId, await getClientIp());
  const image = await getFeaturedImage(parsed.data.articleId);
  await revalidateArticlePages(parsed.data.articleId);
  return { status: "success", message: image ? "Featured image set." : "Featured image removed.", data: image };
});

// The picker's first look: which image is featured now. Staff only.
export async function loadFeaturedImage(articleId: string): Promise<FeaturedImage | null> {
  if (!(await getCurrentUser())) return null;
  const id = z.uuid().safeParse(articleId);
  return id.success ? getFeaturedImage(id.data) : null;
}
