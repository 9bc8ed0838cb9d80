"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { changePasswordSchema, profileSchema } from "@/lib/users/schema";
import { updateProfile } from "@/lib/users/update-profile";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { signOut } from "@/lib/auth/config";
import { setAvatar } from "@/lib/users/set-avatar";
import { mediaIdSchema } from "@/lib/media/schema";
import { expireEveryPublicPage } from "@/lib/cache/expire-pages";

// All act on the signed-in person only: the id comes from the session.
export const updateProfileAction = defineAction({ permission: "profile.edit", schema: profileSchema }, async (input, { user }) => {
  await updateProfile(user.id, input);
  revalidatePath("/admin", "layout");
  // Bylines, author pages and feeds show the name and bio.
  expireEveryPublicPage();
  return { status: "success", message: "Profile saved." };
});

// Counted per account: a session left open on a shared computer must not become a way to
// guess the current password (and each guess costs a password hash).
export const changePasswordAction = defineAction(
  { permission: "profile.edit", schema: changePasswordSchema, rateLimit: { name: "change-password", by: "user", max: 10, windowSeconds: 15 * 60 } },
  async ({ current, password }, { user, ip }) => {
    await changeOwnPassword(user.id, current, password, ip);
    // Every session ended with the change, this one too: clear its cookie and sign in again.
    await signOut({ redirect: false });
    redirect("/login?done=password-changed");
  },
);

// An empty choice removes the picture.
const avatarSchema = z.object({ mediaId: z.union([z.literal(""), mediaIdSchema]).optional().transform((id) => id || null) });

export const setAvatarAction = defineAction({ permission: "profile.edit", schema: avatarSchema }, async ({ mediaId }, { user }) => {
  await setAvatar(user.id, mediaId);
  revalidatePath("/admin/profile");
  expireEveryPublicPage();
  return { status: "success", message: mediaId ? "Profile picture set." : "Profile picture removed." };
});
