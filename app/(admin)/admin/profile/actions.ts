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
import type { ActionState } from "@/lib/actions/action-state";
import { disableOwnTotp, renewRecoveryCodes } from "@/lib/users/two-factor";

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

// Turning two-factor sign-in off and renewing recovery codes both take a current code,
// so a session left open cannot quietly weaken the account. Counted per account in the service.
const codeSchema = z.object({ code: z.string().trim().min(1, "Enter a code from your app, or a recovery code.").max(64) });

export const disableTotpAction = defineAction({ permission: "profile.edit", schema: codeSchema }, async ({ code }, { user, ip, now }) => {
  await disableOwnTotp(user, code, ip, now);
  revalidatePath("/admin/profile");
  return { status: "success", message: "Two-factor sign-in is off." };
});

export const renewRecoveryCodesAction = defineAction({ permission: "profile.edit", schema: codeSchema }, async ({ code }, { user, ip, now }): Promise<ActionState<{ recoveryCodes: string[] }>> => {
  const recoveryCodes = await renewRecoveryCodes(user.id, code, ip, now);
  return { status: "success", message: "New recovery codes made; the old ones no longer work. Save these now: they are shown only once.", data: { recoveryCodes } };
});
