import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listWebhookEndpoints, type WebhookEndpointSummary } from "@/lib/webhooks/endpoints";
import { formatDateTime } from "@/lib/site";
import { Forbidden } from "@/components/admin/forbidden";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { NewEndpointForm } from "./new-endpoint-form";

export const metadata: Metadata = { title: "Webhooks" };

const COLUMNS: Column<WebhookEndpointSummary>[] = [
  { header: "Receiver", className: "font-mono text-xs break-all", cell: (e) => <Link href={`/admin/webhooks/${e.id}`} className="hover:underline">{e.url}</Link> },
  { header: "Description", cell: (e) => e.description },
  { header: "Events", className: "text-xs", cell: (e) => e.events.join(", ") },
  { header: "State", cell: (e) => (e.enabled ? "Enabled" : "Disabled") },
  { header: "Last delivery", className: "text-xs", cell: (e) => (e.lastDelivery ? `${e.lastDelivery.status.toLowerCase()}, ${formatDateTime(e.lastDelivery.createdAt)}` : "None yet") },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WebhooksPage({ searchParams }: Props) {
  const user = await requireUser("/admin/webhooks");
  if (!can(user, "webhook.manage")) return <Forbidden what="Only admins manage webhooks." />;
  const [params, endpoints] = await Promise.all([searchParams, listWebhookEndpoints()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Webhooks</h1>
      <p className="mb-6 max-w-3xl text-sm text-neutral-700 dark:text-neutral-300">
        Receivers hear about published, updated, unpublished and deleted articles, corrections and tag changes at once. Each delivery is signed
        (Standard Webhooks: <code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>) and retried for about a day.
      </p>
      {params.done === "deleted" ? <p role="status" className="mb-4 text-sm">Endpoint deleted.</p> : null}
      <div className="mb-8 max-w-3xl">
        <NewEndpointForm />
      </div>
      <DataTable caption="Webhook endpoints" columns={COLUMNS} rows={endpoints} rowKey={(e) => e.id} empty={<p>No endpoints yet.</p>} />
    </>
  );
}
