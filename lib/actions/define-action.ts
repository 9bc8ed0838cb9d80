import "server-only";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/http/client-ip";
import { createActionClient } from "@/lib/actions/action-client";

// The action client bound to Next's request: every server action export is made with
// one of these (see lib/actions/action-client.ts for what they check, in which order).
export const { defineAction, defineCall } = createActionClient({
  headers: () => headers(),
  sessionUser: getCurrentUser,
  clientIp: getClientIp,
  now: () => new Date(),
});

export type { ActionContext, PublicActionContext } from "@/lib/actions/action-client";
