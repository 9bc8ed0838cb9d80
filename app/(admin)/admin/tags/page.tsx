import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listAdminTags } from "@/lib/tags/list-admin-tags";
import { Forbidden } from "@/components/admin/forbidden";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { NewTagForm } from "./new-tag-form";
import { SearchForm } from "@/components/admin/ui/search-form";

export const metadata: Metadata = { title: "Tags" };

type AdminTag = Awaited<ReturnType<typeof listAdminTags>>[number];

const TAG_COLUMNS: Column<AdminTag>[] = [
  { header: "Name", className: "font-medium", cell: (t) => <Link href={`/admin/tags/${t.id}`} className="hover:underline">{t.name}</Link> },
  { header: "Address", className: "font-mono text-xs", cell: (t) => `/tags/${t.slug}` },
  { header: "Articles", className: "text-right tabular-nums", cell: (t) => t.articleCount },
  { header: "Description", className: "text-neutral-700 dark:text-neutral-300", cell: (t) => t.description },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireUser("/admin/tags");
  if (!can(user, "tag.manage")) return <Forbidden what="Only editors and admins manage tags." />;
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const tags = await listAdminTags({ query });
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Tags</h1>
      {params.done === "deleted" ? <p role="status" className="mb-4 text-sm">Tag deleted.</p> : null}
      <div className="mb-8 grid gap-8 md:grid-cols-2">
        <NewTagForm />
        <SearchForm label="Find a tag" query={query} className="self-start" />
      </div>
      <DataTable
        caption="Tags"
        columns={TAG_COLUMNS}
        rows={tags}
        rowKey={(tag) => tag.id}
        empty={<p>{query ? `No tag matches “${query}”.` : "No tags yet."}</p>}
      />
    </>
  );
}
