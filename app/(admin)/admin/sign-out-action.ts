"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { getSessionState } from "@/lib/auth/current-user";
import { defineCall } from "@/lib/actions/define-action";
import { endSessionOnSignOut } from "@/lib/auth/sessions";

// A forged cross-site sign-out is refused (nothing happens); the real button always
// comes from this site. Public: a visitor whose session already ended (or is waiting
// for its second factor) may still press it. Signing out ends this session on the
// server too (its row), so an old copy of the cookie no longer works; the person's other
// sessions stay, and their sessions page ends those. The form's fields (none) are not read.
export const signOutAction = defineCall({ public: true, schema: z.unknown(), refused: undefined }, async (_input, { ip, now }): Promise<void> => {
  const state = await getSessionState();
  if (state.kind !== "none") await endSessionOnSignOut(state.user.id, state.sessionId, ip, now);
  await signOut({ redirectTo: "/login" });
});
