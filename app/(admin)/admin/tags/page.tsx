import Link from "next/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listAdminTags } from "@/lib/tags/list-admin-tags";
import { Forbidden } from "@/components/admin/forbidden";
import { buttonClass, inputClass } from "@/components/admin/form-message";
import { NewTagForm } from "./new-tag-form";

export const metadata: Metadata = { title: "Tags" };

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
        <form role="search" method="get" className="flex items-end gap-2 self-start">
          <div className="grow">
            <label htmlFor="q" className="block text-sm font-semibold">Find a tag</label>
            <input id="q" name="q" type="search" defaultValue={query} className={inputClass} />
          </div>
          <button type="submit" className={buttonClass}>Search</button>
        </form>
      </div>
      {tags.length === 0 ? (
        <p>{query ? `No tag matches “${query}”.` : "No tags yet."}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-neutral-200 dark:border-neutral-800">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Address</th>
                <th scope="col" className="px-4 py-2 text-right">Articles</th>
                <th scope="col" className="px-4 py-2">Description</th>
              </tr>
            </thead>
            <tbody>
              {tags.map((t) => (
                <tr key={t.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                  <td className="px-4 py-3 font-medium"><Link href={`/admin/tags/${t.id}`} className="hover:underline">{t.name}</Link></td>
                  <td className="px-4 py-3 font-mono text-xs">/tags/{t.slug}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{t.articleCount}</td>
                  <td className="px-4 py-3 text-neutral-700 dark:text-neutral-300">{t.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
