import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/schema";
import { siteName } from "@/lib/site";
import { signOutAction } from "@/app/(admin)/admin/sign-out-action";
import { TwoFactorForm } from "./two-factor-form";

export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TwoFactorPage({ searchParams }: Props) {
  const from = safeRedirectPath((await searchParams).from);
  const state = await getSessionState();
  if (state.kind === "none") redirect("/login");
  if (state.kind === "signed_in") redirect(from);
  if (state.kind === "needs_setup") redirect(`/two-factor/setup?from=${encodeURIComponent(from)}`);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-2 text-xl font-semibold">Enter your authentication code</h1>
      <p className="mb-6 text-sm">Signing in as {state.user.email}.</p>
      <TwoFactorForm from={from} />
      <form action={signOutAction} className="mt-6">
        <button type="submit" className="text-sm underline">Cancel and sign in as someone else</button>
      </form>
    </main>
  );
}
