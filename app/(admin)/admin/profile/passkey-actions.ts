"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { defineAction, defineCall } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { isAppError } from "@/lib/errors";
import { registerPasskeySchema, removePasskeySchema, renamePasskeySchema } from "@/lib/auth/passkeys/schema";
import { finishPasskeyRegistration, startPasskeyRegistration } from "@/lib/auth/passkeys/register-passkey";
import { removePasskey, renamePasskey } from "@/lib/auth/passkeys/manage-passkeys";

// All act on the signed-in person's own passkeys: the id comes from the session.
type Options = { ok: true; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; message: string };

export const startPasskeyRegistrationCall = defineCall(
  { permission: "profile.edit", schema: z.object({}), rateLimit: { name: "passkey-register", by: "user", max: 20, windowSeconds: 15 * 60 }, refused: { ok: false, message: "A passkey cannot be added right now. Reload the page and try again." } as Options },
  async (_input, { user, now }): Promise<Options> => {
    try {
      return { ok: true, options: await startPasskeyRegistration(user, now) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, message: error.message };
      throw error;
    }
  },
);

export const finishPasskeyRegistrationCall = defineCall(
  { permission: "profile.edit", schema: registerPasskeySchema, refused: { status: "error", message: "The passkey was not saved. Reload the page and try again." } as ActionState },
  async (input, { user, ip, now }): Promise<ActionState> => {
    try {
      const passkey = await finishPasskeyRegistration(user, input, { ip, now });
      revalidatePath("/admin/profile");
      return { status: "success", message: `Passkey “${passkey.name}” added. You can sign in with it now.` };
    } catch (error) {
      if (isAppError(error)) return { status: "error", message: error.message };
      throw error;
    }
  },
);

export const renamePasskeyAction = defineAction({ permission: "profile.edit", schema: renamePasskeySchema }, async ({ id, name }, { user, ip }) => {
  await renamePasskey(user.id, id, name, ip);
  revalidatePath("/admin/profile");
  return { status: "success", message: `Passkey renamed to “${name}”.` };
});

export const removePasskeyAction = defineAction({ permission: "profile.edit", schema: removePasskeySchema }, async ({ id }, { user, ip }) => {
  const name = await removePasskey(user.id, id, ip);
  revalidatePath("/admin/profile");
  return { status: "success", message: `Passkey “${name}” removed. It can no longer sign in to your account.` };
});
