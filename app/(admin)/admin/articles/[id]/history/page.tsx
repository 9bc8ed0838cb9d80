import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getRevision, listRevisions, type RevisionDetail, type RevisionSummary } from "@/lib/articles/revisions";
import { diffWords, hasChanges } from "@/lib/articles/word-diff";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import { WordDiffView } from "@/components/admin/word-diff-view";
import { ActionForm } from "@/components/admin/action-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { restoreRevisionAction } from "../../actions";
import { formatDateTime } from "@/lib/site";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND_LABEL = { SAVE: "Saved", AUTOSAVE: "Autosaved", STATUS: "Status", RESTORE: "Restored", IMPORT: "Imported" } as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/history`);
  const article = UUID.test(id) ? await getArticleForEditing(id) : null;
  if (!article) notFound();
  const query = await searchParams;
  const revisions = await listRevisions(article.id);
  // By default compare the latest version with the last one whose words differed
  // (a status change alone does not change the words).
  const latestContent = revisions.findIndex((r) => r.kind !== "STATUS");
  const previousContent = revisions.findIndex((r, i) => i > latestContent && r.kind !== "STATUS");
  const fromId = one(query.from) ?? revisions[previousContent >= 0 ? previousContent : 1]?.id;
  const toId = one(query.to) ?? revisions[0]?.id;
  const [from, to] = await Promise.all([
    fromId && UUID.test(fromId) ? getRevision(article.id, fromId) : null,
    toId && UUID.test(toId) ? getRevision(article.id, toId) : null,
  ]);
  const canRestore = can(user, "article.restore_revision", article);
  const columns: Column<RevisionSummary>[] = [
    { header: "From", cell: (r) => <input form="compare" type="radio" name="from" value={r.id} defaultChecked={r.id === fromId} aria-label={`Compare from version ${r.version}`} /> },
    { header: "To", cell: (r) => <input form="compare" type="radio" name="to" value={r.id} defaultChecked={r.id === toId} aria-label={`Compare to version ${r.version}`} /> },
    { header: "Version", cell: (r) => r.version },
    {
      header: "What",
      cell: (r) => (
        <>
          {KIND_LABEL[r.kind]} <StatusBadge status={r.status} />
          {r.note ? <span className="block text-xs text-neutral-600 dark:text-neutral-400">{r.note}</span> : null}
        </>
      ),
    },
    { header: "Who", cell: (r) => r.author },
    { header: "When", className: "whitespace-nowrap", cell: (r) => <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time> },
    {
      header: "Restore",
      hiddenHeader: true,
      cell: (r, index) =>
        canRestore && index > 0 ? <RestoreButton articleId={article.id} revisionId={r.id} version={article.version} label={`Restore version ${r.version}`} /> : null,
    },
  ];
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">History: {article.headline}</h1>
        <Link href={`/admin/articles/${article.id}`} className="text-sm underline">Back to the editor</Link>
      </div>
      <div>
        <DataTable
          caption="Versions, newest first"
          columns={columns}
          rows={revisions}
          rowKey={(r) => r.id}
          density="tight"
          bare
        />
        <form id="compare" method="get" aria-label="Compare versions">
          <button type="submit" className="mt-3 rounded border border-neutral-400 px-3 py-1 text-sm font-semibold dark:border-neutral-600">Compare</button>
        </form>
      </div>
      {from && to ? <Comparison from={from} to={to} /> : null}
    </>
  );
}

// Each restore is its own small form; the compare radios join their form by id, since forms cannot nest.
function RestoreButton({ articleId, revisionId, version, label }: { articleId: string; revisionId: string; version: number; label: string }) {
  return (
    <ActionForm action={restoreRevisionAction} label={label}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="rounded border border-neutral-400 px-2 py-0.5 text-xs dark:border-neutral-600">{label}</button>
    </ActionForm>
  );
}

function sectionLabel(name: string | null): string {
  if (name === null) return "(not recorded)";
  return name === "" ? "(none)" : name;
}

function Comparison({ from, to }: { from: RevisionDetail; to: RevisionDetail }) {
  const fields: { label: string; before: string; after: string }[] = [
    { label: "Headline", before: from.headline, after: to.headline },
    { label: "Standfirst", before: from.standfirst, after: to.standfirst },
    { label: "Slug", before: from.slug, after: to.slug },
    { label: "Tags", before: from.tags.join(", "), after: to.tags.join(", ") },
    { label: "Bylines", before: from.bylines.join(", "), after: to.bylines.join(", ") },
    { label: "Section", before: sectionLabel(from.sectionName), after: sectionLabel(to.sectionName) },
    { label: "Body", before: documentToPlainText(from.body as ContentDocument), after: documentToPlainText(to.body as ContentDocument) },
  ];
  return (
    <section aria-labelledby="diff-heading" className="mt-8 space-y-4">
      <h2 id="diff-heading" className="text-xl font-bold">Changes from version {from.version} to version {to.version}</h2>
      {fields.map((field) => {
        const parts = diffWords(field.before, field.after);
        return (
          <div key={field.label}>
            <h3 className="text-sm font-semibold">{field.label}{hasChanges(parts) ? "" : " (unchanged)"}</h3>
            {hasChanges(parts) ? <WordDiffView label={`${field.label} differences`} parts={parts} /> : null}
          </div>
        );
      })}
    </section>
  );
}
