import { ActionForm } from "@/components/admin/action-form";
import type { FormAction } from "@/lib/actions/action-state";
import { CORRECTION_LABELS, type CorrectionNote } from "@/lib/articles/corrections";
import { formatDateTime } from "@/lib/site";

type Props = { articleId: string; corrections: CorrectionNote[]; canAdd: boolean; addCorrectionAction: FormAction };

export function CorrectionsPanel({ articleId, corrections, canAdd, addCorrectionAction }: Props) {
  return (
    <section aria-labelledby="corrections-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="corrections-heading" className="mb-2 font-semibold">Corrections and updates</h2>
      {corrections.length ? (
        <ul className="mb-3 space-y-2 text-sm">
          {corrections.map((c) => (
            <li key={c.id}>
              <strong>{CORRECTION_LABELS[c.kind]}</strong> ({formatDateTime(c.createdAt)}): {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-neutral-600 dark:text-neutral-400">None yet.</p>
      )}
      {canAdd ? (
        <ActionForm action={addCorrectionAction} label="Add a correction" className="space-y-2">
          <input type="hidden" name="articleId" value={articleId} />
          <label className="block text-sm">
            Type
            <select name="kind" defaultValue="CORRECTION" className="ml-2 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
              <option value="CORRECTION">Correction</option>
              <option value="CLARIFICATION">Clarification</option>
              <option value="UPDATE">Update</option>
            </select>
          </label>
          <label className="block text-sm">
            Note for readers
            <textarea name="text" rows={3} maxLength={2000} required className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900" />
          </label>
          <button type="submit" className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Add note</button>
        </ActionForm>
      ) : null}
    </section>
  );
}
