"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireSessionIn } from "@/lib/auth/pending-session";
import { safeRedirectPath } from "@/lib/auth/schema";
import { verifySecondFactor } from "@/lib/users/two-factor";

const codeSchema = z.object({
  code: z.string().trim().min(1, "Enter the code from your app, or a recovery code.").max(64, { error: "A code is 6 digits; a recovery code 10 letters and digits.", abort: true }),
  from: z.string().max(2048).optional(),
});

// The step after the password. Public in the action client's terms: the session it
// completes is not a signed-in one yet (lib/auth/pending-session.ts). Counted per
// account in the service and per address here.
export const verifyCodeAction = defineAction(
  { public: true, schema: codeSchema, invalidPrefix: "", rateLimit: { name: "two-factor", by: "ip", max: 30, windowSeconds: 60 } },
  async ({ code, from }, { ip, now }) => {
    const session = await requireSessionIn("needs_code");
    const { recoveryCodesLeft } = await verifySecondFactor(session.user.id, session.sessionId, code, ip, now);
    const target = safeRedirectPath(from);
    // A recovery code was spent: say how many are left on the profile page.
    redirect(recoveryCodesLeft !== undefined ? `/admin/profile?recovery=${recoveryCodesLeft}` : target);
  },
);
