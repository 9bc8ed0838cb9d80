"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { deleteTagAction, mergeTagsAction, updateTagAction } from "../actions";
import { FormMessage, buttonClass, inputClass } from "@/components/admin/form-message";
import { Field, readFieldErrors } from "@/components/admin/ui/field";

type Props = {
  tag: { id: string; name: string; description: string; articleCount: number };
  others: { id: string; name: string }[];
};

const section = "rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900";

export function TagControls({ tag, others }: Props) {
  const [editState, editAction, editPending] = useActionState<ActionState, FormData>(updateTagAction, IDLE);
  const [mergeState, mergeAction, mergePending] = useActionState<ActionState, FormData>(mergeTagsAction, IDLE);
  const [deleteState, deleteAction, deletePending] = useActionState<ActionState, FormData>(deleteTagAction, IDLE);
  const fieldErrors = readFieldErrors(editState);
  const count = `${tag.articleCount} ${tag.articleCount === 1 ? "article" : "articles"}`;
  return (
    <div className="mt-8 space-y-8">
      <form action={editAction} className={`${section} space-y-3`} aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="text-lg font-semibold">Rename or describe</h2>
        <input type="hidden" name="id" value={tag.id} />
        <FormMessage state={editState} pending={editPending} />
        <Field id="tag-name" label="Tag name" hint="A new name gives a new address; the old one redirects to it." errors={fieldErrors.name}>
          <input name="name" defaultValue={tag.name} required maxLength={60} className={inputClass} />
        </Field>
        <Field id="tag-description" label="Tag description" errors={fieldErrors.description}>
          <textarea name="description" defaultValue={tag.description} rows={3} maxLength={500} className={inputClass} />
        </Field>
        <button type="submit" disabled={editPending} className={buttonClass}>Save tag</button>
      </form>

      <form action={mergeAction} className={`${section} space-y-3`} aria-labelledby="merge-heading">
        <h2 id="merge-heading" className="text-lg font-semibold">Merge into another tag</h2>
        <p className="text-sm">Its {count} will carry the chosen tag instead; this tag is removed and its address redirects there.</p>
        <input type="hidden" name="sourceId" value={tag.id} />
        <FormMessage state={mergeState} pending={mergePending} pendingText="Merging…" />
        <Field id="merge-target" label="Merge into">
          <select name="targetId" required defaultValue="" className={inputClass}>
            <option value="" disabled>Choose a tag…</option>
            {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </Field>
        <button type="submit" disabled={mergePending || others.length === 0} className={buttonClass}>Merge tags</button>
      </form>

      <form action={deleteAction} className={`${section} space-y-3 border-red-200 dark:border-red-900`} aria-labelledby="delete-heading">
        <h2 id="delete-heading" className="text-lg font-semibold">Delete</h2>
        <input type="hidden" name="id" value={tag.id} />
        <p className="text-sm">
          {tag.articleCount > 0
            ? `This tag is on ${count}. Deleting it takes it off them (the articles stay) and its address stops working. To keep the address, merge it instead.`
            : "No article carries this tag."}
        </p>
        <FormMessage state={deleteState} pending={deletePending} pendingText="Deleting…" />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" value="yes" required />
          {tag.articleCount > 0 ? `Yes, remove it from ${count}` : "Yes, delete this tag"}
        </label>
        <button type="submit" disabled={deletePending} className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:text-red-300 dark:hover:bg-red-950">Delete tag</button>
      </form>
    </div>
  );
}
