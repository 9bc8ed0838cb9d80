import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getStaffMember } from "@/lib/users/get-staff-member";
import { ROLE_LABELS } from "@/lib/users/schema";
import { Forbidden } from "@/components/admin/forbidden";
import { UserControls } from "./user-controls";
import { SecurityControls } from "./security-controls";
import { getTwoFactorStatus } from "@/lib/users/two-factor";
import { listActiveSessions } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/site";

export const metadata: Metadata = { title: "Staff account" };

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireUser(`/admin/users/${id}`);
  if (!can(actor, "user.manage")) return <Forbidden what="Only admins manage staff accounts." />;
  if (!z.uuid().safeParse(id).success) notFound();
  const [member, twoFactor, sessions] = await Promise.all([getStaffMember(id), getTwoFactorStatus(id), listActiveSessions(id)]);
  if (!member) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm"><Link href="/admin/users" className="hover:underline">← Staff</Link></p>
      <h1 className="text-2xl font-bold">{member.name}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="font-semibold">Email</dt><dd>{member.email}</dd>
        <dt className="font-semibold">Role</dt><dd>{ROLE_LABELS[member.role]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{!member.active ? "Deactivated: cannot sign in" : member.passwordHash ? "Active" : "Invited: has not set a password yet"}</dd>
        <dt className="font-semibold">Bylines</dt><dd>{member._count.bylines}</dd>
      </dl>
      <UserControls userId={member.id} role={member.role} active={member.active} isSelf={member.id === actor.id} />
      <SecurityControls userId={member.id} twoFactorOn={twoFactor.enabledAt ? formatDateTime(twoFactor.enabledAt) : null} activeSessions={sessions.length} />
    </div>
  );
}
