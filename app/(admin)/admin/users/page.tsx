import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/list-users";
import { ROLE_LABELS } from "@/lib/users/schema";
import { inputClass, buttonClass } from "@/components/admin/form-message";
import { Forbidden } from "@/components/admin/forbidden";

export const metadata: Metadata = { title: "Staff" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requireUser("/admin/users");
  if (!can(user, "user.manage")) return <Forbidden what="Only admins manage staff accounts." />;
  const raw = (await searchParams).q;
  const query = typeof raw === "string" ? raw : "";
  const users = await listUsers({ query });
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Staff</h1>
        <Link href="/admin/users/new" className={buttonClass}>Add someone</Link>
      </div>
      <form role="search" method="get" className="mb-4 flex max-w-md items-end gap-2">
        <div className="grow">
          <label htmlFor="q" className="block text-sm font-semibold">Search by name or email</label>
          <input id="q" name="q" type="search" defaultValue={query} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>Search</button>
      </form>
      {users.length === 0 ? (
        <p>{query ? `Nobody matches “${query}”.` : "No staff yet."}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-neutral-200 dark:border-neutral-800">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Email</th>
                <th scope="col" className="px-4 py-2">Role</th>
                <th scope="col" className="px-4 py-2">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                  <td className="px-4 py-3 font-medium"><Link href={`/admin/users/${u.id}`} className="hover:underline">{u.name}</Link></td>
                  <td className="px-4 py-3">{u.email}</td>
                  <td className="px-4 py-3">{ROLE_LABELS[u.role]}</td>
                  <td className="px-4 py-3">{!u.active ? "Deactivated" : u.hasPassword ? "Active" : "Invited (no password yet)"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
