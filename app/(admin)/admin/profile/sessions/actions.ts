"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getSessionState } from "@/lib/auth/current-user";
import { endOtherSessions, endOwnSession } from "@/lib/auth/sessions";
import { AppError } from "@/lib/errors";

// Both act on the signed-in person's own sessions only: the service matches the row to
// the session's user.
export const endSessionAction = defineAction(
  { permission: "profile.edit", schema: z.object({ sessionId: z.uuid("That session does not exist.") }) },
  async ({ sessionId }, { user, ip, now }) => {
    const state = await getSessionState();
    if (state.kind === "signed_in" && state.sessionId === sessionId) throw new AppError("CONFLICT", "That is this browser: use Sign out instead.");
    const ended = await endOwnSession(user.id, sessionId, ip, now);
    revalidatePath("/admin/profile/sessions");
    return ended ? { status: "success", message: "Session ended. That browser is signed out." } : { status: "error", message: "That session had already ended." };
  },
);

export const endOtherSessionsAction = defineAction({ permission: "profile.edit", schema: z.object({}) }, async (_input, { user, ip, now }) => {
  const state = await getSessionState();
  if (state.kind !== "signed_in") throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const count = await endOtherSessions(user.id, state.sessionId, ip, now);
  revalidatePath("/admin/profile/sessions");
  return { status: "success", message: count === 1 ? "1 other session ended." : `${count} other sessions ended.` };
});
