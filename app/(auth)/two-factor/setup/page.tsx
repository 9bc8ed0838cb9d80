import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/schema";
import { groupKey, totpQrSvg, totpUri } from "@/lib/auth/totp";
import { beginTotpSetup, getTwoFactorStatus } from "@/lib/users/two-factor";
import { siteName } from "@/lib/site";
import { signOutAction } from "@/app/(admin)/admin/sign-out-action";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up two-factor sign-in", robots: { index: false }, referrer: "no-referrer" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TwoFactorSetupPage({ searchParams }: Props) {
  const from = safeRedirectPath((await searchParams).from);
  const state = await getSessionState();
  if (state.kind === "none") redirect(`/login?from=${encodeURIComponent("/two-factor/setup")}`);
  if (state.kind === "needs_code") redirect(`/login/two-factor?from=${encodeURIComponent(from)}`);
  if (state.kind === "signed_in" && (await getTwoFactorStatus(state.user.id)).enabledAt) redirect("/admin/profile");
  const forced = state.kind === "needs_setup";
  const setup = beginTotpSetup(state.user.id);
  const svg = await totpQrSvg(totpUri(siteName(), state.user.email, setup.secret));
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="font-serif text-2xl font-bold">{siteName()}</p>
      <h1 className="mt-6 mb-2 text-xl font-semibold">Set up two-factor sign-in</h1>
      {forced ? (
        <p role="status" className="mb-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          Your role requires two-factor sign-in. Set it up now to continue.
        </p>
      ) : null}
      <ol className="mb-6 list-decimal space-y-2 pl-5 text-sm">
        <li>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, 1Password or Aegis).</li>
        <li>Scan this QR code with it, or type the key below.</li>
        <li>Enter the 6-digit code the app then shows.</li>
      </ol>
      <figure className="mb-4">
        {/* Drawn on the server from our own data (lib/auth/totp.ts): no script, nothing fetched. */}
        <div role="img" aria-label={`QR code for adding ${state.user.email} to an authenticator app`} className="h-48 w-48 [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption className="mt-3 text-sm">
          Cannot scan? Enter this key: <code aria-label="Setup key" className="rounded bg-neutral-100 px-1 font-mono text-base tracking-wide dark:bg-neutral-800">{groupKey(setup.secret)}</code>
        </figcaption>
      </figure>
      <SetupForm sealed={setup.sealed} next={forced ? from : "/admin/profile"} />
      {forced ? (
        <form action={signOutAction} className="mt-6">
          <button type="submit" className="text-sm underline">Sign out</button>
        </form>
      ) : null}
    </main>
  );
}
