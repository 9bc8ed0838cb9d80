"use server";

import { signOut } from "@/lib/auth/config";
import { isSameOriginAction } from "@/lib/actions/user-action";

// A forged cross-site sign-out is refused (nothing happens); the real button always
// comes from this site.
export async function signOutAction(): Promise<void> {
  if (!(await isSameOriginAction())) return;
  await signOut({ redirectTo: "/login" });
}
