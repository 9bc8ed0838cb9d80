"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";
import { clearBanner, setBanner, setSiteIdentity } from "@/lib/site-chrome/save-site-chrome";
import { bannerInputSchema, identityInputSchema } from "@/lib/site-chrome/types";

// Issue 13: the banner and the identity show on every reader page, so each change
// expires them all with one write (expireEveryPublicPage), which every instance hears.

export const setBannerAction = defineAction({ permission: "banner.manage", schema: bannerInputSchema }, async (input, { user, ip, now }) => {
  await setBanner(input, { actorId: user.id, ip, now });
  expireEveryPublicPage();
  revalidatePath("/admin/site/banner");
  return { status: "success", message: "The banner is up on every page." };
});

export const clearBannerAction = defineAction({ permission: "banner.manage", schema: z.object({}) }, async (_input, { user, ip, now }) => {
  await clearBanner({ actorId: user.id, ip, now });
  expireEveryPublicPage();
  revalidatePath("/admin/site/banner");
  return { status: "success", message: "The banner is down." };
});

export const setSiteIdentityAction = defineAction({ permission: "site.manage", schema: identityInputSchema }, async (input, { user, ip, now }) => {
  await setSiteIdentity(input, { actorId: user.id, ip, now });
  expireEveryPublicPage();
  revalidatePath("/admin", "layout");
  return { status: "success", message: "Saved. Every page shows the new name, logo and icon." };
});
