import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listAdminSections } from "@/lib/sections/list-sections";
import { SECTION_DEPTH_MAX } from "@/lib/sections/schema";
import { Forbidden } from "@/components/admin/forbidden";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { SectionForm } from "./section-form";

export const metadata: Metadata = { title: "Sections" };

type AdminSection = Awaited<ReturnType<typeof listAdminSections>>[number];

// Subsections sit under their parent, indented (at most SECTION_DEPTH_MAX levels).
const INDENT = ["", "ps-5", "ps-10"];

const COLUMNS: Column<AdminSection>[] = [
  {
    header: "Name",
    className: "font-medium",
    cell: (s) => (
      <span className={INDENT[s.depth] ?? INDENT[2]}>
        <Link href={`/admin/sections/${s.id}`} className="hover:underline">{s.name}</Link>
      </span>
    ),
  },
  { header: "Address", className: "font-mono text-xs", cell: (s) => `/sections/${s.path}` },
  { header: "Order", className: "text-right tabular-nums", cell: (s) => s.position },
  { header: "Articles", className: "text-right tabular-nums", cell: (s) => s.articleCount },
  { header: "Description", className: "text-neutral-700 dark:text-neutral-300", cell: (s) => s.description },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SectionsPage({ searchParams }: Props) {
  const user = await requireUser("/admin/sections");
  if (!can(user, "section.manage")) return <Forbidden what="Only admins manage sections." />;
  const [sections, params] = await Promise.all([listAdminSections(), searchParams]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Sections</h1>
      {params.done === "deleted" ? <p role="status" className="mb-4 text-sm">Section deleted.</p> : null}
      <div className="mb-8 max-w-xl">
        <SectionForm parents={sections.filter((s) => s.depth < SECTION_DEPTH_MAX - 1)} />
      </div>
      <DataTable caption="Sections" columns={COLUMNS} rows={sections} rowKey={(s) => s.id} empty={<p>No sections yet.</p>} />
    </>
  );
}
