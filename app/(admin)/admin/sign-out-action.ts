"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { defineCall } from "@/lib/actions/define-action";
import { endOwnSessions } from "@/lib/users/end-own-sessions";

// A forged cross-site sign-out is refused (nothing happens); the real button always
// comes from this site. Public: a visitor whose session already ended may still press
// it. Signing out ends the session on the server too, so an old copy of the cookie no
// longer works. The form's fields (none) are not read.
export const signOutAction = defineCall({ public: true, schema: z.unknown(), refused: undefined }, async (): Promise<void> => {
  const user = await getCurrentUser();
  if (user) await endOwnSessions(user.id);
  await signOut({ redirectTo: "/login" });
});
