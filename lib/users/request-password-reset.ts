import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeLimits } from "@/lib/auth/rate-limit";
import { issuePasswordToken, type PasswordLink } from "@/lib/users/issue-password-token";

// "Forgot your password?" from the sign-in page. The answer never depends on the
// address: the page says the same thing whether or not an account has it, and the
// email (when there is one to send) goes out after the answer (the action hands it to
// `after`), so the time taken says nothing either.
export const SELF_SERVICE_LINK_HOURS = 1;
// Per address, whoever asks: enough for a person whose first email went astray, too few
// to flood someone's inbox or to keep replacing the link they are about to use.
export const RESET_SENT_MESSAGE = `If an account uses that address, a link to choose a new password is on its way to it. It works once, for ${SELF_SERVICE_LINK_HOURS} hour. Nothing arrived after a few minutes? Check your spam folder, or ask an admin.`;
export const RESET_REQUESTS_PER_ADDRESS = { max: 3, windowSeconds: 60 * 60 };

export type ResetMail = { to: string; name: string; link: PasswordLink; purpose: "SET" | "RESET" };

// The email to send, or null: unknown address, deactivated account, or too many asks.
export async function requestPasswordReset(email: string, ip: string | null, now: Date): Promise<ResetMail | null> {
  const limited = await consumeLimits([{ key: `forgot-password:address:${email}`, ...RESET_REQUESTS_PER_ADDRESS }]);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, active: true, passwordHash: true } });
  if (!user || !user.active || limited.limited) {
    await db.$transaction((tx) =>
      recordAudit(tx, { actorId: null, action: "auth.password_reset_request_ignored", targetType: "user", targetId: user?.id ?? null, ip, details: { email, reason: !user ? "unknown" : !user.active ? "inactive" : "rate_limited" } }),
    );
    return null;
  }
  return db.$transaction(async (tx) => {
    const purpose = user.passwordHash ? "RESET" : "SET";
    const link = await issuePasswordToken(tx, user.id, purpose, null, now, SELF_SERVICE_LINK_HOURS);
    await recordAudit(tx, { actorId: null, action: "auth.password_reset_request", targetType: "user", targetId: user.id, ip });
    return { to: user.email, name: user.name, link, purpose };
  });
}
