import "server-only";
import { sendMail, isMailConfigured } from "@/lib/mail/send-mail";
import { siteName } from "@/lib/site";

// Emails the link when SMTP is configured; otherwise the admin copies it from the page.
// A failed send is logged, not fatal: the link is on screen either way.
export async function sendPasswordLink(input: { to: string; name: string; url: string; purpose: "SET" | "RESET"; hours?: number; requested?: boolean }): Promise<boolean> {
  if (!isMailConfigured()) return false;
  const site = siteName();
  const subject = input.purpose === "SET" ? `Set your ${site} password` : `Reset your ${site} password`;
  const hours = input.hours ?? 72;
  const why = input.requested
    ? `Someone, hopefully you, asked for a link to choose a new password for your ${site} account on the sign-in page.`
    : input.purpose === "SET"
      ? `An account was created for you on ${site}.`
      : `A password reset was requested for your ${site} account.`;
  const text = `Hello ${input.name},\n\n${why} Choose your password here (the link works once, for ${hours === 1 ? "1 hour" : `${hours} hours`}; using it signs you out everywhere else):\n\n${input.url}\n\nIf you did not expect this message, ignore it: your password stays as it is.\n`;
  try {
    await sendMail({ to: input.to, subject, text });
    return true;
  } catch (error) {
    console.error("Could not email the password link", error instanceof Error ? error.message : error);
    return false;
  }
}
