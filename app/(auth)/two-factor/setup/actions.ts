"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionState } from "@/lib/actions/action-state";
import { requireSessionIn } from "@/lib/auth/pending-session";
import { enableTotp } from "@/lib/users/two-factor";

const enableSchema = z.object({
  setup: z.string().min(1, "Reload the page and scan the new code.").max(1024),
  code: z
    .string()
    .trim()
    .max(16, { error: "Enter the 6 digits your app shows.", abort: true })
    .regex(/^\d{3}\s?\d{3}$/, "Enter the 6 digits your app shows, like 123456."),
});

export type EnabledResult = { recoveryCodes: string[] };

// Someone signed in, or someone whose role requires a second factor and who may do
// nothing else until it is set up (lib/auth/pending-session.ts says why it is public).
export const enableTotpAction = defineAction(
  { public: true, schema: enableSchema, invalidPrefix: "", rateLimit: { name: "two-factor-setup", by: "ip", max: 30, windowSeconds: 60 } },
  async ({ setup, code }, { ip, now }): Promise<ActionState<EnabledResult>> => {
    const session = await requireSessionIn("signed_in", "needs_setup");
    const recoveryCodes = await enableTotp(session.user.id, session.sessionId, setup, code, ip, now);
    return { status: "success", message: "Two-factor sign-in is on. Save your recovery codes now: they are shown only once.", data: { recoveryCodes } };
  },
);
