import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { getStaffMember } from "@/lib/users/get-staff-member";
import { ProfileForms } from "./profile-forms";
import { AvatarPicker } from "./avatar-picker";
import { PasskeysPanel } from "./passkeys-panel";
import { listPasskeys } from "@/lib/auth/passkeys/manage-passkeys";
import { formatDateTime } from "@/lib/site";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/admin/profile");
  const me = await getStaffMember(user.id);
  if (!me) return null;
  return (
    <div className="max-w-lg">
      <h1 className="mb-6 text-2xl font-bold">Your profile</h1>
      <AvatarPicker current={me.avatar ? `/api/media/${me.avatar.storageKey}/${Math.min(...me.avatar.widths)}.webp` : null} />
      <ProfileForms name={me.name} bio={me.bio} email={me.email} />
      <PasskeysPanel
        passkeys={(await listPasskeys(user.id)).map((p) => ({ id: p.id, name: p.name, createdAt: formatDateTime(p.createdAt), lastUsedAt: p.lastUsedAt ? formatDateTime(p.lastUsedAt) : null, synced: p.backedUp }))}
      />
    </div>
  );
}
