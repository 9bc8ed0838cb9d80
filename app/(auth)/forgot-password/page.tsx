import type { Metadata } from "next";
import Link from "next/link";
import { isMailConfigured } from "@/lib/mail/send-mail";
import { siteName } from "@/lib/site";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  const mail = isMailConfigured();
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-2 text-xl font-semibold">Forgot your password?</h1>
      {mail ? (
        <>
          <p className="mb-6 text-sm">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="mb-6 text-sm">This newsroom does not send email, so a new password link has to come from an admin. Ask one of your admins to create a password link for you on your staff page.</p>
      )}
      <p className="mt-6 text-sm"><Link href="/login" className="underline">Back to sign in</Link></p>
    </main>
  );
}
