import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listTrash } from "@/lib/articles/trash";
import { ActionForm } from "@/components/admin/action-form";
import { restoreFromTrashAction } from "../articles/actions";
import { formatDateTime } from "@/lib/site";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const user = await requireUser("/admin/trash");
  if (!can(user, "article.restore_deleted")) notFound();
  const items = await listTrash();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Trash</h1>
      <p className="mb-6 text-sm text-neutral-600 dark:text-neutral-400">Deleted articles can be restored for 30 days.</p>
      {items.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-neutral-200 bg-white px-4 py-3 dark:border-neutral-800 dark:bg-neutral-900">
              <span>
                <span className="font-medium">{item.headline}</span>
                <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                  Deleted {formatDateTime(item.deletedAt)} · restorable until {formatDateTime(item.purgeAt)}
                </span>
              </span>
              <ActionForm action={restoreFromTrashAction} label={`Restore ${item.headline}`}>
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className="rounded border border-neutral-400 px-3 py-1 text-sm font-semibold dark:border-neutral-600">Restore</button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
