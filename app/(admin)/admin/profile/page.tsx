import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { getStaffMember } from "@/lib/users/get-staff-member";
import { getTwoFactorStatus } from "@/lib/users/two-factor";
import { rolesRequiringTwoFactor } from "@/lib/auth/two-factor-policy";
import { formatDateTime } from "@/lib/site";
import { ProfileForms } from "./profile-forms";
import { AvatarPicker } from "./avatar-picker";
import { TwoFactorPanel } from "./two-factor-panel";
import { PasskeysPanel } from "./passkeys-panel";
import { listPasskeys } from "@/lib/auth/passkeys/manage-passkeys";

export const metadata: Metadata = { title: "Your profile" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProfilePage({ searchParams }: Props) {
  const user = await requireUser("/admin/profile");
  const [me, twoFactor, requiredRoles, query] = await Promise.all([getStaffMember(user.id), getTwoFactorStatus(user.id), rolesRequiringTwoFactor(), searchParams]);
  if (!me) return null;
  // After signing in with a recovery code (app/(auth)/login/two-factor/actions.ts).
  const usedRecovery = typeof query.recovery === "string" && /^\d{1,2}$/.test(query.recovery);
  return (
    <div className="max-w-lg">
      <h1 className="mb-6 text-2xl font-bold">Your profile</h1>
      {usedRecovery ? (
        <p role="status" className="mb-6 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          You signed in with a recovery code; {twoFactor.recoveryCodesLeft} are left. Lost your phone? Make new recovery codes below, or ask an admin to reset your two-factor sign-in.
        </p>
      ) : null}
      <AvatarPicker current={me.avatar ? `/api/media/${me.avatar.storageKey}/${Math.min(...me.avatar.widths)}.webp` : null} />
      <ProfileForms name={me.name} bio={me.bio} email={me.email} />
      <TwoFactorPanel enabledOn={twoFactor.enabledAt ? formatDateTime(twoFactor.enabledAt) : null} recoveryCodesLeft={twoFactor.recoveryCodesLeft} required={requiredRoles.includes(user.role)} />
      <section aria-labelledby="sessions-heading" className="mt-10">
        <h2 id="sessions-heading" className="text-lg font-semibold">Sessions</h2>
        <p className="mt-1 text-sm">See where your account is signed in and sign out browsers you no longer use. <Link href="/admin/profile/sessions" className="underline">Your sessions</Link></p>
      </section>
      <PasskeysPanel
        passkeys={(await listPasskeys(user.id)).map((p) => ({ id: p.id, name: p.name, createdAt: formatDateTime(p.createdAt), lastUsedAt: p.lastUsedAt ? formatDateTime(p.lastUsedAt) : null, synced: p.backedUp }))}
      />
    </div>
  );
}
