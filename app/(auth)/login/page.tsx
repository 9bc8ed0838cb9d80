import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/schema";
import { siteName } from "@/lib/site";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const from = safeRedirectPath((await searchParams).from);
  if (await getCurrentUser()) redirect(from);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-6 text-xl font-semibold">Sign in to the newsroom</h1>
      <LoginForm from={from} />
    </main>
  );
}
