import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listTags } from "@/lib/tags/list-tags";
import { listBylineCandidates } from "@/lib/articles/list-staff";
import { listSections } from "@/lib/sections/list-sections";
import { ArticleForm } from "@/components/admin/article-form";
import { siteName, siteTimeZone, siteUrl } from "@/lib/site";
import { loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import { autosaveAction, heartbeatAction, saveArticleAction } from "../actions";
import { loadFeaturedImage, setFeaturedImageAction } from "../../media/actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireUser("/admin/articles/new");
  const [tags, staff, sections] = await Promise.all([listTags(), listBylineCandidates(), listSections(), loadSiteChrome()]);
  // A new article is the creator's own draft.
  const draft = { status: "DRAFT" as const, createdById: user.id, bylineUserIds: [user.id] };
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">New article</h1>
      <ArticleForm
        initial={{ headline: "", standfirst: "", slug: "", body: null, tags: [], bylines: [user.id], status: "DRAFT" }}
        tagSuggestions={tags.map((t) => t.name)}
        staff={staff}
        sections={sections}
        can={{
          edit: can(user, "article.create"),
          submit: can(user, "article.submit", draft),
          review: false,
          publish: can(user, "article.publish", draft),
          schedule: can(user, "article.schedule", draft),
          unpublish: false,
        }}
        actions={{ saveArticleAction, autosaveAction, heartbeatAction, loadFeaturedImage, setFeaturedImageAction }}
        timeZone={siteTimeZone()}
        site={{ name: siteName(), url: siteUrl() }}
      />
    </>
  );
}
