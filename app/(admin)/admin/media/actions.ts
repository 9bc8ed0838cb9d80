"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, defineCall } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { articleIdSchema } from "@/lib/articles/schema";
import { mediaFieldsSchema, mediaIdSchema } from "@/lib/media/schema";
import { updateMedia } from "@/lib/media/update-media";
import { setFeaturedImage } from "@/lib/media/set-featured-image";
import { getFeaturedImage, type FeaturedImage } from "@/lib/media/get-featured-image";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";

const updateMediaSchema = mediaFieldsSchema.extend({ id: mediaIdSchema });

// Alt text, caption and credit of a library image. Any staff member may describe an
// image; one that articles use needs the right to edit each of them (updateMedia).
export const updateMediaAction = defineAction({ permission: "media.describe", schema: updateMediaSchema }, async ({ id, ...fields }, { user, ip }) => {
  const update = await updateMedia(user, id, fields, ip);
  revalidatePath(`/admin/media/${id}`);
  // Articles that feature the image, and bylines that show it, render its current details.
  if (update.liveArticles > 0 || update.avatars > 0) expireEveryPublicPage();
  return { status: "success", message: update.changed ? "Image details saved." : "Nothing changed." };
});

// An empty choice removes the featured image.
const featuredSchema = z.object({
  articleId: z.uuid("Save the article first."),
  mediaId: z.union([z.literal(""), mediaIdSchema]).optional().transform((id) => id || null),
});

export const setFeaturedImageAction = defineAction(
  { permission: "article.create", schema: featuredSchema },
  async ({ articleId, mediaId }, { user, ip }): Promise<ActionState<FeaturedImage | null>> => {
    await setFeaturedImage(user, articleId, mediaId, ip);
    const image = await getFeaturedImage(articleId);
    await revalidateArticlePages(articleId);
    return { status: "success", message: image ? "Featured image set." : "Featured image removed.", data: image };
  },
);

// The picker's first look: which image is featured now. Staff only; anything else is
// answered "no image".
export const loadFeaturedImage = defineCall({ permission: "article.view", schema: articleIdSchema, refused: null }, async (articleId): Promise<FeaturedImage | null> => getFeaturedImage(articleId));
