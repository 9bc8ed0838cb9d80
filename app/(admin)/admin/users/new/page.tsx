import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { Forbidden } from "@/components/admin/forbidden";
import { AddUserForm } from "./add-user-form";

export const metadata: Metadata = { title: "Add someone" };

export default async function NewUserPage() {
  const user = await requireUser("/admin/users/new");
  if (!can(user, "user.manage")) return <Forbidden what="Only admins add staff." />;
  return (
    <div className="max-w-lg">
      <p className="mb-2 text-sm"><Link href="/admin/users" className="hover:underline">← Staff</Link></p>
      <h1 className="mb-2 text-2xl font-bold">Add someone</h1>
      <p className="mb-6 text-sm text-neutral-700 dark:text-neutral-300">They get a one-time link to choose their own password. It expires after 72 hours.</p>
      <AddUserForm />
    </div>
  );
}
