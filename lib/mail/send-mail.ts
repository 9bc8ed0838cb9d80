import "server-only";
import { settings } from "@/lib/settings";

export function isMailConfigured(): boolean {
  const { SMTP_HOST, MAIL_FROM } = settings();
  return Boolean(SMTP_HOST && MAIL_FROM);
}

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const nodemailer = await import("nodemailer");
  const { SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, MAIL_FROM } = settings();
  const transport = nodemailer.createTransport({
    host: SMTP_HOST,
    port: SMTP_PORT,
    secure: SMTP_SECURE ? SMTP_SECURE === "true" : SMTP_PORT === 465,
    auth: SMTP_USER ? { user: SMTP_USER, pass: SMTP_PASSWORD ?? "" } : undefined,
  });
  await transport.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
}
