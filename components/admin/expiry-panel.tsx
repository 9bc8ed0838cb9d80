import { ActionForm } from "@/components/admin/action-form";
import type { FormAction } from "@/lib/actions/action-state";
import { formatDateTime } from "@/lib/site";

type Props = { articleId: string; expiresAt: Date | null; expiresAtLocal: string; timeZone: string; canEdit: boolean; setExpiryAction: FormAction; now: Date };

// Issue 13: when the article leaves every public surface (licensed wire copy, a legal
// takedown). Editors set, extend or clear it; nothing runs at that moment.
export function ExpiryPanel({ articleId, expiresAt, expiresAtLocal, timeZone, canEdit, setExpiryAction, now }: Props) {
  const passed = expiresAt !== null && expiresAt.getTime() <= now.getTime();
  return (
    <section aria-labelledby="expiry-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="expiry-heading" className="mb-2 font-semibold">End time</h2>
      <p className="mb-3 text-sm" data-testid="expiry-state">
        {expiresAt
          ? passed
            ? `Expired ${formatDateTime(expiresAt)}: readers get “no longer available”.`
            : `Leaves the site at ${formatDateTime(expiresAt)}.`
          : "No end time: the article stays up."}
      </p>
      {canEdit ? (
        <ActionForm action={setExpiryAction} label="Set the end time" className="space-y-2">
          <input type="hidden" name="articleId" value={articleId} />
          <label htmlFor="expiresAt" className="block text-sm">Take down at <span className="text-neutral-600 dark:text-neutral-400">({timeZone}; empty for none)</span></label>
          <input id="expiresAt" name="expiresAt" type="datetime-local" step={1} defaultValue={expiresAtLocal} className="block w-full rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900" />
          <button type="submit" className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Save end time</button>
        </ActionForm>
      ) : null}
    </section>
  );
}
