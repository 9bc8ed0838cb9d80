import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listTags } from "@/lib/tags/list-tags";
import { ArticleForm } from "@/components/admin/article-form";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireUser("/admin/articles/new");
  const tags = await listTags();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New article</h1>
      <ArticleForm
        initial={{ headline: "", standfirst: "", slug: "", body: null, tags: [], status: "DRAFT" }}
        tagSuggestions={tags.map((t) => t.name)}
        canPublish={can(user, "article.publish")}
        readOnly={false}
      />
    </>
  );
}
