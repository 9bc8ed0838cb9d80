import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listApiKeys, type ApiKeySummary } from "@/lib/api-keys/manage-api-keys";
import { formatDateTime } from "@/lib/site";
import { Forbidden } from "@/components/admin/forbidden";
import { ActionForm } from "@/components/admin/action-form";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { DataTable, type Column } from "@/components/admin/ui/data-table";
import { NewApiKeyForm } from "./new-api-key-form";
import { revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

const COLUMNS: Column<ApiKeySummary>[] = [
  { header: "Name", className: "font-medium", cell: (k) => k.name },
  { header: "Key", className: "font-mono text-xs", cell: (k) => `${k.prefix}…` },
  { header: "Scopes", cell: (k) => k.scopes.join(", ") },
  { header: "Created", cell: (k) => `${formatDateTime(k.createdAt)}${k.createdBy ? ` by ${k.createdBy}` : ""}` },
  { header: "Last used", cell: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Never") },
  {
    header: "Status",
    cell: (k) =>
      k.revokedAt ? (
        `Revoked ${formatDateTime(k.revokedAt)}`
      ) : (
        <ActionForm action={revokeApiKeyAction} label={`Revoke ${k.name}`} confirm={`Revoke the key “${k.name}”? Anything using it stops working at once.`}>
          <input type="hidden" name="id" value={k.id} />
          <button type="submit" className={secondaryButtonClass}>Revoke<span className="sr-only"> {k.name}</span></button>
        </ActionForm>
      ),
  },
];

export default async function ApiKeysPage() {
  const user = await requireUser("/admin/api-keys");
  if (!can(user, "api_key.manage")) return <Forbidden what="Only admins manage API keys." />;
  const keys = await listApiKeys();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">API keys</h1>
      <p className="mb-6 max-w-3xl text-sm text-neutral-700 dark:text-neutral-300">
        Keys for the Content API at <code>/api/v1</code> (see <a className="underline" href="/api/v1/openapi.json">the OpenAPI document</a>). Published articles can be read without a key; a key gives an app its own, higher rate limit, and a drafts:read key can read unpublished stories.
      </p>
      <div className="mb-8 max-w-xl">
        <NewApiKeyForm />
      </div>
      <DataTable caption="API keys" columns={COLUMNS} rows={keys} rowKey={(k) => k.id} empty={<p>No API keys yet.</p>} />
    </>
  );
}
