import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { listTags } from "@/lib/tags/list-tags";
import { ArticleForm } from "@/components/admin/article-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { formatDateTime } from "@/lib/site";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE_NOTICE: Record<string, string> = { save: "Saved.", publish: "Published.", unpublish: "Unpublished." };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}`);
  const article = UUID.test(id) ? await getArticleForEditing(id) : null;
  if (!article) notFound();
  const [tags, query] = await Promise.all([listTags(), searchParams]);
  const done = typeof query.done === "string" ? DONE_NOTICE[query.done] : undefined;
  const editable = can(user, "article.edit", article);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Edit article</h1>
        <p className="flex items-center gap-3 text-sm">
          <StatusBadge status={article.status} />
          {article.status === "PUBLISHED" ? (
            <Link href={`/articles/${article.slug}`} className="underline">View on site</Link>
          ) : null}
        </p>
      </div>
      <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">
        By {article.bylines.join(", ") || "no byline"} · last changed {formatDateTime(article.updatedAt)}
      </p>
      {!editable ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          You can read this article. Only its authors (while it is a draft) and editors can change it.
        </p>
      ) : null}
      <ArticleForm
        key={article.id}
        initial={{
          id: article.id,
          version: article.version,
          headline: article.headline,
          standfirst: article.standfirst,
          dateline: article.dateline,
          slug: article.slug,
          body: article.body,
          tags: article.tags,
          status: article.status,
        }}
        tagSuggestions={tags.map((t) => t.name)}
        canPublish={can(user, "article.publish")}
        readOnly={!editable}
        notice={done}
      />
    </>
  );
}
