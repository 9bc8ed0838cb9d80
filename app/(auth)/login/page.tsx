import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SIGN_IN_FAILED, safeRedirectPath } from "@/lib/auth/schema";
import { siteName } from "@/lib/site";
import { LoginForm } from "./login-form";
import { OtherWaysIn } from "./other-ways-in";
import { OTHER_WAYS_MESSAGES } from "./other-ways-messages";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Messages for the no-JavaScript path, where /login/submit redirects back here.
const MESSAGES: Record<string, string> = {
  failed: SIGN_IN_FAILED,
  invalid: "Enter your email address and password.",
  rate_limited: "Too many failed sign-in attempts. Wait a minute, then try again.",
  ...OTHER_WAYS_MESSAGES,
};
const NOTICES: Record<string, string> = {
  "password-set": "Your password is set. Sign in with it now.",
  "password-changed": "Your password was changed and every session signed out. Sign in with the new password.",
};

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = safeRedirectPath(params.from);
  if (await getCurrentUser()) redirect(from);
  const error = typeof params.error === "string" ? MESSAGES[params.error] : undefined;
  const notice = typeof params.done === "string" ? NOTICES[params.done] : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-6 text-xl font-semibold">Sign in to the newsroom</h1>
      {notice ? <p role="status" className="mb-5 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">{notice}</p> : null}
      <LoginForm from={from} initialMessage={error} />
      <OtherWaysIn from={from} />
      <p className="mt-6 text-sm"><Link href="/forgot-password" className="underline">Forgot your password?</Link></p>
    </main>
  );
}
