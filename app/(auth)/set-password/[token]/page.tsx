import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordToken } from "@/lib/users/find-password-token";
import { LINK_NOT_VALID } from "@/lib/users/set-password-with-token";
import { siteName } from "@/lib/site";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Choose your password", robots: { index: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const link = await findPasswordToken(token);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-2 text-xl font-semibold">Choose your password</h1>
      {link ? (
        <>
          <p className="mb-6 text-sm">For {link.user.name} ({link.user.email}). At least 12 characters; a few unrelated words work well.</p>
          <SetPasswordForm token={token} email={link.user.email} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">{LINK_NOT_VALID}</p>
          <p className="mt-4 text-sm"><Link href="/login" className="underline">Go to sign in</Link></p>
        </>
      )}
    </main>
  );
}
