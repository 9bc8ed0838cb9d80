"use server";

import { signOut } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isSameOriginAction } from "@/lib/actions/user-action";
import { endOwnSessions } from "@/lib/users/end-own-sessions";

// A forged cross-site sign-out is refused (nothing happens); the real button always
// comes from this site. Signing out ends the session on the server too, so an old copy
// of the cookie no longer works.
export async function signOutAction(): Promise<void> {
  if (!(await isSameOriginAction())) return;
  const user = await getCurrentUser();
  if (user) await endOwnSessions(user.id);
  await signOut({ redirectTo: "/login" });
}
