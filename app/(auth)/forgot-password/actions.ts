"use server";

import { after } from "next/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { emailSchema } from "@/lib/users/schema";
import { isMailConfigured } from "@/lib/mail/send-mail";
import { RESET_SENT_MESSAGE, requestPasswordReset, SELF_SERVICE_LINK_HOURS } from "@/lib/users/request-password-reset";
import { sendPasswordLink } from "@/lib/users/send-password-link";

const NO_MAIL_MESSAGE = "This newsroom does not send email. Ask an admin for a password link.";

// Public: no session, and the answer is the same for every address. Counted per address
// (in the service) and per client address (here).
export const requestResetAction = defineAction(
  { public: true, schema: z.object({ email: emailSchema }), invalidPrefix: "", rateLimit: { name: "forgot-password", by: "ip", max: 10, windowSeconds: 15 * 60 } },
  async ({ email }, { ip, now }) => {
    if (!isMailConfigured()) return { status: "error", message: NO_MAIL_MESSAGE };
    const mail = await requestPasswordReset(email, ip, now);
    // After the answer, so an address with an account takes no longer to answer than one without.
    if (mail) after(() => sendPasswordLink({ to: mail.to, name: mail.name, url: mail.link.url, purpose: mail.purpose, hours: SELF_SERVICE_LINK_HOURS, requested: true }).then(() => undefined));
    return { status: "success", message: RESET_SENT_MESSAGE };
  },
);
