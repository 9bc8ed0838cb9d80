import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getAdminTag } from "@/lib/tags/get-admin-tag";
import { listTags } from "@/lib/tags/list-tags";
import { Forbidden } from "@/components/admin/forbidden";
import { TagControls } from "./tag-controls";

export const metadata: Metadata = { title: "Edit tag" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TagPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/tags/${id}`);
  if (!can(user, "tag.manage")) return <Forbidden what="Only editors and admins manage tags." />;
  if (!z.uuid().safeParse(id).success) notFound();
  const [tag, all, query] = await Promise.all([getAdminTag(id), listTags(), searchParams]);
  if (!tag) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-2 text-sm"><Link href="/admin/tags" className="hover:underline">← Tags</Link></p>
      <h1 className="text-2xl font-bold">{tag.name}</h1>
      {query.done === "merged" ? <p role="status" className="mt-2 text-sm">Merged. The other tag’s articles now carry this one, and its address redirects here.</p> : null}
      <p className="mt-2 text-sm">
        <Link href={`/tags/${tag.slug}`} className="underline">/tags/{tag.slug}</Link> · on {tag.articleCount} {tag.articleCount === 1 ? "article" : "articles"}
        {tag.oldSlugs.length > 0 ? <> · old addresses that redirect here: {tag.oldSlugs.map((s) => `/tags/${s}`).join(", ")}</> : null}
      </p>
      <TagControls
        tag={{ id: tag.id, name: tag.name, description: tag.description, articleCount: tag.articleCount }}
        others={all.filter((t) => t.id !== tag.id).map((t) => ({ id: t.id, name: t.name }))}
      />
    </div>
  );
}
