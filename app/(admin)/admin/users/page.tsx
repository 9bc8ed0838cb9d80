import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/list-users";
import { ROLE_LABELS } from "@/lib/users/schema";
import { buttonClass } from "@/components/admin/form-message";
import { Forbidden } from "@/components/admin/forbidden";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { SearchForm } from "@/components/admin/ui/search-form";
import { rolesRequiringTwoFactor } from "@/lib/auth/two-factor-policy";
import { listStoredGroupRoles } from "@/lib/auth/sso/group-roles";
import { ssoConfig } from "@/lib/auth/sso/sso-settings";
import { TwoFactorRolesForm } from "./two-factor-roles-form";
import { SsoGroupRolesForm } from "./sso-group-roles-form";

export const metadata: Metadata = { title: "Staff" };

type StaffRow = Awaited<ReturnType<typeof listUsers>>[number];

const STAFF_COLUMNS: Column<StaffRow>[] = [
  { header: "Name", className: "font-medium", cell: (u) => <Link href={`/admin/users/${u.id}`} className="hover:underline">{u.name}</Link> },
  { header: "Email", cell: (u) => u.email },
  { header: "Role", cell: (u) => ROLE_LABELS[u.role] },
  { header: "Status", cell: (u) => (!u.active ? "Deactivated" : u.hasPassword ? "Active" : "Invited (no password yet)") },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requireUser("/admin/users");
  if (!can(user, "user.manage")) return <Forbidden what="Only admins manage staff accounts." />;
  const raw = (await searchParams).q;
  const query = typeof raw === "string" ? raw : "";
  const [users, requiredRoles, storedGroupRoles] = await Promise.all([listUsers({ query }), rolesRequiringTwoFactor(), listStoredGroupRoles()]);
  const sso = ssoConfig();
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Staff</h1>
        <Link href="/admin/users/new" className={buttonClass}>Add someone</Link>
      </div>
      <SearchForm label="Search by name or email" query={query} className="mb-4 max-w-md" />
      <DataTable
        caption="Staff"
        columns={STAFF_COLUMNS}
        rows={users}
        rowKey={(u) => u.id}
        empty={<p>{query ? `Nobody matches “${query}”.` : "No staff yet."}</p>}
      />
      <TwoFactorRolesForm required={requiredRoles} labels={ROLE_LABELS} />
      <SsoGroupRolesForm button={sso?.buttonLabel ?? null} deployment={sso?.groupRoles ?? []} stored={storedGroupRoles} labels={ROLE_LABELS} />
    </>
  );
}
