import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listAdminSections } from "@/lib/sections/list-sections";
import { subtreeIds } from "@/lib/sections/section-tree";
import { SECTION_DEPTH_MAX } from "@/lib/sections/schema";
import { ActionForm } from "@/components/admin/action-form";
import { Forbidden } from "@/components/admin/forbidden";
import { SectionForm } from "../section-form";
import { deleteSectionAction } from "../actions";

export const metadata: Metadata = { title: "Edit section" };

type Props = { params: Promise<{ id: string }> };

export default async function SectionPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/sections/${id}`);
  if (!can(user, "section.manage")) return <Forbidden what="Only admins manage sections." />;
  if (!z.uuid().safeParse(id).success) notFound();
  const sections = await listAdminSections();
  const section = sections.find((s) => s.id === id);
  if (!section) notFound();
  const own = new Set(subtreeIds(sections, id));
  const count = `${section.articleCount} ${section.articleCount === 1 ? "article" : "articles"}`;
  return (
    <div className="max-w-2xl space-y-8">
      <div>
        <p className="mb-2 text-sm"><Link href="/admin/sections" className="hover:underline">← Sections</Link></p>
        <h1 className="text-2xl font-bold">{section.name}</h1>
        <p className="mt-2 text-sm">
          <Link href={`/sections/${section.path}`} className="underline">/sections/{section.path}</Link> · {count} ·{" "}
          <Link href={`/admin/fronts/${section.id}`} className="underline">Arrange its front</Link>
        </p>
      </div>
      <SectionForm
        section={{ id: section.id, name: section.name, slug: section.slug, description: section.description, position: section.position, parentId: section.parentId }}
        parents={sections.filter((s) => !own.has(s.id) && s.depth < SECTION_DEPTH_MAX - 1)}
      />
      <ActionForm action={deleteSectionAction} label="Delete section" confirm={`Delete the section “${section.name}”?`} className="space-y-3 rounded border border-red-200 bg-white p-4 dark:border-red-900 dark:bg-neutral-900">
        <h2 className="text-lg font-semibold">Delete</h2>
        <input type="hidden" name="id" value={section.id} />
        <p className="text-sm">
          {section.articleCount > 0 ? `This section holds ${count}; it can be deleted once they are in another section.` : "No article is in this section."}
        </p>
        <button type="submit" className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950">Delete section</button>
      </ActionForm>
    </div>
  );
}
