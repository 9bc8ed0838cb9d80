import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AUDIT_PAGE_SIZE, listAuditActions, listAuditActors, listAuditEvents } from "@/lib/audit/list-audit-events";
import { AdminPagination } from "@/components/admin/admin-pagination";
import { formatDateTime } from "@/lib/site";
import { maxPageFor, readPageParam } from "@/lib/page-param";
import { PageDepthNote } from "@/components/admin/page-depth-note";

export const metadata: Metadata = { title: "Audit log" };

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
        <label className="flex flex-col">
          Action
          <select name="action" defaultValue={action ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">Any action</option>
            {actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label className="flex flex-col">
          Who
          <select name="actor" defaultValue={actor ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">Anyone</option>
            {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col">
          Target id
          <input name="target" defaultValue={target ?? ""} className="mt-1 rounded border border-neutral-400 bg-white px-2 py-1 font-mono dark:border-neutral-600 dark:bg-neutral-900" />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600">Filter</button>
        {action || actor || target ? <Link href="/admin/audit" className="underline">Clear filters</Link> : null}
      </form>
      {events.length === 0 ? (
        <p>No events match.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-neutral-200 dark:border-neutral-800">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Who</th>
                <th scope="col" className="px-3 py-2">Action</th>
                <th scope="col" className="px-3 py-2">Target</th>
                <th scope="col" className="px-3 py-2">IP</th>
                <th scope="col" className="px-3 py-2">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id} className="border-b border-neutral-100 align-top last:border-0 dark:border-neutral-800">
                  <td className="px-3 py-2 whitespace-nowrap"><time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time></td>
                  <td className="px-3 py-2">{e.actor ?? "—"}</td>
                  <td className="px-3 py-2 font-mono">{e.action}</td>
                  <td className="px-3 py-2">
                    {e.targetType === "article" && e.targetId ? (
                      <Link href={`/admin/articles/${e.targetId}`} className="underline">article</Link>
                    ) : (
                      <span>{e.targetType}{e.targetId ? ` ${e.targetId.slice(0, 8)}` : ""}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 font-mono">{e.ip ?? "unknown"}</td>
                  <td className="px-3 py-2 font-mono text-xs break-all">{JSON.stringify(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPagination path="/admin/audit" params={{ action, actor, target }} page={page} hasNext={hasNext} />
    </>
  );
}
