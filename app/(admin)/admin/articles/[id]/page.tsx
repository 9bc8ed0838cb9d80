import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getAutosave } from "@/lib/articles/autosave-article";
import { readLock } from "@/lib/articles/edit-lock";
import { listBylineCandidates } from "@/lib/articles/list-staff";
import { listSections } from "@/lib/sections/list-sections";
import { listArticleCorrections } from "@/lib/articles/corrections";
import { listPreviewLinks } from "@/lib/articles/preview-links";
import { effectiveStatus } from "@/lib/articles/transitions";
import { listTags } from "@/lib/tags/list-tags";
import { ArticleEditor } from "@/components/admin/article-editor";
import { StatusBadge } from "@/components/admin/status-badge";
import { CorrectionsPanel } from "@/components/admin/corrections-panel";
import { PreviewPanel } from "@/components/admin/preview-panel";
import { TrashButton } from "@/components/admin/trash-button";
import { RelatedPicksPanel } from "@/components/admin/related-picks-panel";
import { listRelatedPickOptions } from "@/lib/articles/list-related-pick-options";
import { formatDateTime, siteName, siteTimeZone, siteUrl } from "@/lib/site";
import { loadSiteChrome } from "@/lib/site-chrome/load-site-chrome";
import type { ContentDocument } from "@/lib/content/types";
import type { LockView } from "@/lib/articles/article-form-types";
import {
  addCorrectionAction,
  autosaveAction,
  createPreviewAction,
  discardAutosaveAction,
  heartbeatAction,
  revokePreviewAction,
  saveArticleAction,
  setArticleExpiryAction,
  setRelatedPicksAction,
  trashArticleAction,
} from "../actions";
import { ExpiryPanel } from "@/components/admin/expiry-panel";
import { dateToZonedLocal } from "@/lib/articles/zoned-time";
import { loadFeaturedImage, setFeaturedImageAction } from "../../media/actions";
import { listCommentThreads } from "@/lib/comments/list-comment-threads";
import { deleteCommentAction, editCommentAction, replyToThreadAction, resolveThreadAction, startCommentThreadAction } from "../comment-actions";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE_NOTICE: Record<string, string> = {
  save: "Saved.",
  submit: "Submitted for review.",
  publish: "Published.",
  schedule: "Scheduled.",
  unpublish: "Unpublished.",
  restore: "Restored. The restored version is now the latest; the history keeps every version.",
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}`);
  const article = UUID.test(id) ? await getArticleForEditing(id) : null;
  if (!article) notFound();
  const [tags, staff, query, lockState, autosave, corrections, previews, relatedOptions, sections, , threads] = await Promise.all([
    listTags(),
    listBylineCandidates(),
    searchParams,
    readLock(article.id, user.id),
    getAutosave(article.id, user.id),
    listArticleCorrections(article.id),
    listPreviewLinks(article.id),
    listRelatedPickOptions(article.id),
    listSections(),
    loadSiteChrome(), // the site name an admin set, for the search and social previews
    listCommentThreads(article.id),
  ]);
  const done = typeof query.done === "string" ? DONE_NOTICE[query.done] : undefined;
  const editable = can(user, "article.edit", article);
  const shownStatus = effectiveStatus(article.status, article.publishedAt);
  const lock: LockView = lockState.held === "other" ? { held: "other", by: lockState.by, since: lockState.since.toISOString() } : { held: lockState.held };
  const values = {
    id: article.id,
    version: article.version,
    headline: article.headline,
    standfirst: article.standfirst,
    dateline: article.dateline,
    slug: article.slug,
    body: article.body,
    tags: article.tags,
    bylines: [...article.bylineUserIds],
    sectionId: article.sectionId,
    status: article.status,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    seoTitle: article.seoTitle,
    socialTitle: article.socialTitle,
    socialDescription: article.socialDescription,
  };
  const recovered =
    editable && autosave && autosave.savedAt > article.updatedAt
      ? {
          ...values,
          version: autosave.baseVersion,
          headline: autosave.headline,
          standfirst: autosave.standfirst,
          slug: autosave.slug,
          body: autosave.body as ContentDocument,
          tags: autosave.tags,
          bylines: autosave.bylines.length ? autosave.bylines : values.bylines,
          dateline: autosave.dateline ?? values.dateline,
          seoTitle: autosave.seoTitle ?? values.seoTitle,
          socialTitle: autosave.socialTitle ?? values.socialTitle,
          socialDescription: autosave.socialDescription ?? values.socialDescription,
          savedAt: autosave.savedAt.toISOString(),
          stale: autosave.baseVersion !== article.version,
        }
      : null;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Edit article</h1>
        <p className="flex items-center gap-3 text-sm">
          <StatusBadge status={shownStatus} />
          {shownStatus === "PUBLISHED" ? (
            <Link href={`/articles/${article.slug}`} className="underline">View on site</Link>
          ) : null}
          <Link href={`/admin/articles/${article.id}/history`} className="underline">History</Link>
          <Link href={`/admin/articles/${article.id}/live`} className="underline">Live coverage</Link>
        </p>
      </div>
      <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">
        By {article.bylines.join(", ") || "no byline"} · last changed {formatDateTime(article.updatedAt)}
        {article.status === "SCHEDULED" && article.publishedAt && shownStatus === "SCHEDULED" ? ` · goes live ${formatDateTime(article.publishedAt)} (${siteTimeZone()})` : ""}
      </p>
      {article.lastNote && (article.status === "DRAFT" || article.status === "IN_REVIEW") ? (
        <div role="note" aria-label="Workflow note" className="mb-4 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          <strong>{article.lastNote.author}</strong> ({formatDateTime(article.lastNote.at)}): {article.lastNote.text}
        </div>
      ) : null}
      {!editable ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          You can read this article. Only its authors (while it is a draft) and editors can change it.
        </p>
      ) : null}
      <ArticleEditor
        key={article.id}
        initial={values}
        autosave={recovered}
        tagSuggestions={tags.map((t) => t.name)}
        staff={staff}
        sections={sections}
        can={{
          edit: editable,
          submit: can(user, "article.submit", article),
          review: can(user, "article.review", article),
          publish: can(user, "article.publish", article),
          schedule: can(user, "article.schedule", article),
          unpublish: can(user, "article.unpublish", article),
        }}
        actions={{ saveArticleAction, autosaveAction, heartbeatAction, discardAutosaveAction, loadFeaturedImage, setFeaturedImageAction }}
        lock={lock}
        timeZone={siteTimeZone()}
        notice={done}
        site={{ name: siteName(), url: siteUrl() }}
        comments={
          can(user, "comment.create", article)
            ? {
                threads,
                meId: user.id,
                canResolve: can(user, "comment.resolve", article),
                focusThreadId: typeof query.thread === "string" && UUID.test(query.thread) ? query.thread : undefined,
                actions: { startCommentThreadAction, replyToThreadAction, editCommentAction, deleteCommentAction, resolveThreadAction },
              }
            : undefined
        }
      />
      <div className="mt-10 grid gap-6 md:grid-cols-2">
        {shownStatus === "PUBLISHED" || corrections.length ? (
          <CorrectionsPanel articleId={article.id} corrections={corrections} canAdd={can(user, "article.correct", article) && shownStatus === "PUBLISHED"} addCorrectionAction={addCorrectionAction} />
        ) : null}
        {editable ? <RelatedPicksPanel articleId={article.id} options={relatedOptions.options} picked={relatedOptions.picked} setRelatedPicksAction={setRelatedPicksAction} /> : null}
        {shownStatus === "PUBLISHED" || shownStatus === "SCHEDULED" || article.expiresAt ? (
          <ExpiryPanel
            articleId={article.id}
            expiresAt={article.expiresAt}
            expiresAtLocal={article.expiresAt ? dateToZonedLocal(article.expiresAt, siteTimeZone()) : ""}
            timeZone={siteTimeZone()}
            canEdit={can(user, "article.expire", article)}
            setExpiryAction={setArticleExpiryAction}
            now={new Date()}
          />
        ) : null}
        {can(user, "article.preview", article) ? <PreviewPanel articleId={article.id} links={previews} createPreviewAction={createPreviewAction} revokePreviewAction={revokePreviewAction} /> : null}
        {can(user, "article.delete", article) ? <TrashButton articleId={article.id} live={article.status === "PUBLISHED" || article.status === "SCHEDULED"} trashArticleAction={trashArticleAction} /> : null}
      </div>
    </>
  );
}
