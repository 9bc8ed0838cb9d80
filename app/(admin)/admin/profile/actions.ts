"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction, validationFailure } from "@/lib/actions/user-action";
import { changePasswordSchema, profileSchema } from "@/lib/users/schema";
import { updateProfile } from "@/lib/users/update-profile";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { getClientIp } from "@/lib/http/client-ip";
import { signOut } from "@/lib/auth/config";
import { setAvatar } from "@/lib/users/set-avatar";
import { mediaIdSchema } from "@/lib/media/schema";
import { revalidateAllPublicPages } from "@/lib/cache/revalidate-all-public-pages";

// Both act on the signed-in person only: the id comes from the session.
export const updateProfileAction = userAction({}, async (user, formData) => {
  const parsed = profileSchema.safeParse({ name: formData.get("name"), bio: formData.get("bio") ?? "" });
  if (!parsed.success) return validationFailure(parsed.error);
  await updateProfile(user.id, parsed.data);
  revalidatePath("/admin", "layout");
  // Bylines, author pages and feeds show the name and bio.
  revalidateAllPublicPages();
  return { status: "success", message: "Profile saved." };
});

export const changePasswordAction = userAction({}, async (user, formData) => {
  const parsed = changePasswordSchema.safeParse({ current: formData.get("current"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) return validationFailure(parsed.error);
  await changeOwnPassword(user.id, parsed.data.current, parsed.data.password, await getClientIp());
  // Every session ended with the change, this one too: clear its cookie and sign in again.
  await signOut({ redirect: false });
  redirect("/login?done=password-changed");
});

export const setAvatarAction = userAction({}, async (user, formData) => {
  const raw = formData.get("mediaId");
  const mediaId = raw ? mediaIdSchema.safeParse(raw) : null;
  if (mediaId && !mediaId.success) return validationFailure(mediaId.error);
  await setAvatar(user.id, mediaId ? mediaId.data : null);
  revalidatePath("/admin/profile");
  revalidateAllPublicPages();
  return { status: "success", message: mediaId ? "Profile picture set." : "Profile picture removed." };
});
