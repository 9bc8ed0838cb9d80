import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listSections } from "@/lib/sections/list-sections";
import { Forbidden } from "@/components/admin/forbidden";

export const metadata: Metadata = { title: "Fronts" };

const INDENT = ["", "ps-5", "ps-10"];

export default async function FrontsPage() {
  const user = await requireUser("/admin/fronts");
  if (!can(user, "front.edit")) return <Forbidden what="Only editors and admins arrange fronts." />;
  const sections = await listSections();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Fronts</h1>
      <p className="mb-6 max-w-2xl text-sm text-neutral-700 dark:text-neutral-300">
        The home page and each section’s page are built from blocks. Places you do not pin fill themselves with the newest public stories.
      </p>
      <ul className="space-y-2">
        <li><Link href="/admin/fronts/home" className="font-semibold underline">Home page</Link></li>
        {sections.map((s) => (
          <li key={s.id} className={INDENT[s.depth] ?? INDENT[2]}>
            <Link href={`/admin/fronts/${s.id}`} className="underline">{s.name}</Link>{" "}
            <span className="font-mono text-xs text-neutral-700 dark:text-neutral-300">/sections/{s.path}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
