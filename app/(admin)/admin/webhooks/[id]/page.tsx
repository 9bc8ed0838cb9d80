import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { DELIVERIES_PAGE_SIZE, listWebhookDeliveries, type DeliveryLogRow } from "@/lib/webhooks/deliveries";
import { formatDateTime } from "@/lib/site";
import { maxPageFor, readPageParam } from "@/lib/page-param";
import { Forbidden } from "@/components/admin/forbidden";
import { ActionForm } from "@/components/admin/action-form";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { Pagination } from "@/components/admin/ui/pagination";
import { EndpointControls } from "./endpoint-controls";
import { sendAgainAction } from "../actions";

export const metadata: Metadata = { title: "Webhook endpoint" };

const STATUS_TEXT: Record<DeliveryLogRow["status"], string> = { PENDING: "Retrying", SUCCEEDED: "Delivered", FAILED: "Failed" };

function statusOf(row: DeliveryLogRow): string {
  if (row.status === "PENDING" && row.attempts === 0) return "Queued";
  return STATUS_TEXT[row.status];
}

const COLUMNS: Column<DeliveryLogRow>[] = [
  { header: "Created", className: "whitespace-nowrap text-xs", cell: (d) => formatDateTime(d.createdAt) },
  { header: "Event", className: "text-xs", cell: (d) => <><code>{d.eventType}</code>{d.summary ? <span className="block text-neutral-700 dark:text-neutral-300">{d.summary}</span> : null}</> },
  { header: "Status", cell: (d) => statusOf(d) },
  { header: "Response", className: "tabular-nums", cell: (d) => (d.responseStatus ?? "—") },
  { header: "Attempts", className: "text-right tabular-nums", cell: (d) => d.attempts },
  {
    header: "Last attempt",
    className: "text-xs",
    cell: (d) => (
      <>
        {d.lastAttemptAt ? formatDateTime(d.lastAttemptAt) : "—"}
        {d.lastError ? <span className="block text-red-800 dark:text-red-300">{d.lastError}</span> : null}
        {d.status === "PENDING" && d.nextAttemptAt && d.attempts > 0 ? <span className="block">Next try {formatDateTime(d.nextAttemptAt)}</span> : null}
      </>
    ),
  },
  {
    header: "Actions",
    hiddenHeader: true,
    cell: (d) => (
      <ActionForm action={sendAgainAction} label={`Send again: ${d.eventType} of ${formatDateTime(d.createdAt)}`}>
        <input type="hidden" name="deliveryId" value={d.id} />
        <button type="submit" className="rounded border border-neutral-400 px-2 py-1 text-xs hover:bg-neutral-100 dark:hover:bg-neutral-800">Send again</button>
      </ActionForm>
    ),
  },
];

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WebhookEndpointPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/webhooks/${id}`);
  if (!can(user, "webhook.manage")) return <Forbidden what="Only admins manage webhooks." />;
  if (!z.uuid().safeParse(id).success) notFound();
  const query = await searchParams;
  const page = readPageParam(query.page, DELIVERIES_PAGE_SIZE) ?? maxPageFor(DELIVERIES_PAGE_SIZE);
  const [endpoint, log] = await Promise.all([getWebhookEndpoint(id), listWebhookDeliveries(id, { page })]);
  if (!endpoint) notFound();
  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm"><Link href="/admin/webhooks" className="hover:underline">← Webhooks</Link></p>
        <h1 className="break-all text-2xl font-bold">{endpoint.url}</h1>
        <p className="mt-1 text-sm text-neutral-700 dark:text-neutral-300">{endpoint.enabled ? "Enabled" : "Disabled"} · added {formatDateTime(endpoint.createdAt)}</p>
      </div>
      <EndpointControls endpoint={{ id: endpoint.id, url: endpoint.url, description: endpoint.description, events: endpoint.events, enabled: endpoint.enabled }} />
      <section aria-labelledby="log-heading">
        <h2 id="log-heading" className="mb-3 text-lg font-semibold">Delivery log</h2>
        <DataTable caption="Deliveries, newest first" columns={COLUMNS} rows={log.rows} rowKey={(d) => d.id} density="compact" empty={<p>No deliveries yet.</p>} />
        <Pagination path={`/admin/webhooks/${id}`} params={{}} page={page} hasNext={log.hasNext} />
      </section>
    </div>
  );
}
