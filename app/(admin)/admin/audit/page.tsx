import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { can } from "@/lib/auth/permissions";
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditActors, listAuditEvents } from "@/lib/audit/list-audit-events";
import { Pagination } from "@/components/admin/ui/pagination";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { Field } from "@/components/admin/ui/field";
import { formatDateTime } from "@/lib/site";
import { maxPageFor, readPageParam } from "@/lib/page-param";
import { PageDepthNote } from "@/components/admin/page-depth-note";

export const metadata: Metadata = { title: "Audit log" };

type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

const AUDIT_COLUMNS: Column<AuditRow>[] = [
  { header: "When", className: "whitespace-nowrap", cell: (e) => <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time> },
  { header: "Who", cell: (e) => e.actor ?? "—" },
  { header: "Action", className: "font-mono", cell: (e) => e.action },
  {
    header: "Target",
    cell: (e) =>
      e.targetType === "article" && e.targetId ? (
        <Link href={`/admin/articles/${e.targetId}`} className="underline">article</Link>
      ) : (
        <span>{e.targetType}{e.targetId ? ` ${e.targetId.slice(0, 8)}` : ""}</span>
      ),
  },
  { header: "IP", className: "font-mono", cell: (e) => e.ip ?? "unknown" },
  { header: "Details", className: "font-mono text-xs break-all", cell: (e) => JSON.stringify(e.details) },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("/admin/audit");
  // Administrators only; others get the same 404 as a page that does not exist.
  if (!can(user, "audit.view")) notFound();
  const query = await searchParams;
  // Past the deepest page (lib/page-param.ts): the last page, with a note saying so.
  const maxPage = maxPageFor(AUDIT_PAGE_SIZE);
  const askedPage = readPageParam(query.page, AUDIT_PAGE_SIZE);
  const page = askedPage ?? maxPage;
  // A scheduled article that went live since is recorded first, so its action is offered (issue 13).
  await recordDueGoLives();
  const [actions, actors] = await Promise.all([listAuditActions(), listAuditActors()]);
  const actionParam = one(query.action);
  const action = actionParam && actions.includes(actionParam) ? actionParam : undefined;
  const actorParam = one(query.actor);
  const actor = actorParam && UUID.test(actorParam) ? actorParam : undefined;
  const targetParam = one(query.target)?.trim();
  const target = targetParam && targetParam.length <= 100 ? targetParam : undefined;
  const { events, hasNext: hasMore } = await listAuditEvents({ action, actorId: actor, targetId: target, page });
  const hasNext = hasMore && page < maxPage;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Audit log</h1>
      {askedPage === null ? <PageDepthNote maxPage={maxPage} how="Filter by action, person or target to find older events." /> : null}
      <form method="get" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <Field id="audit-action" label="Action" className="flex flex-col" labelClassName="block">
          <select name="action" defaultValue={action ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">Any action</option>
            {actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </Field>
        <Field id="audit-actor" label="Who" className="flex flex-col" labelClassName="block">
          <select name="actor" defaultValue={actor ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">Anyone</option>
            {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </Field>
        <Field id="audit-target" label="Target id" className="flex flex-col" labelClassName="block">
          <input name="target" defaultValue={target ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 font-mono dark:border-neutral-600 dark:bg-neutral-900" />
        </Field>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600">Filter</button>
        {action || actor || target ? <Link href="/admin/audit" className="underline">Clear filters</Link> : null}
      </form>
      <DataTable
        caption="Audit events, newest first"
        columns={AUDIT_COLUMNS}
        rows={events}
        rowKey={(e) => e.id}
        density="compact"
        rowClassName="align-top"
        empty={<p>No events match.</p>}
      />
      <Pagination path="/admin/audit" params={{ action, actor, target }} page={page} hasNext={hasNext} />
    </>
  );
}
