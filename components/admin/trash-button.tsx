"use client";

import { ActionForm } from "@/components/admin/action-form";
import type { FormAction } from "@/lib/actions/action-state";

type Props = { articleId: string; live: boolean; trashArticleAction: FormAction };

export function TrashButton({ articleId, live, trashArticleAction }: Props) {
  return (
    <section aria-labelledby="delete-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="delete-heading" className="mb-2 font-semibold">Delete</h2>
      {live ? (
        <p className="text-sm">Unpublish this article before deleting it.</p>
      ) : (
        <ActionForm action={trashArticleAction} label="Delete article" confirm="Move this article to the trash? Editors can restore it for 30 days.">
          <input type="hidden" name="id" value={articleId} />
          <p className="mb-2 text-sm">Moves the article to the trash; editors can restore it for 30 days.</p>
          <button type="submit" className="rounded border border-red-700 px-3 py-1 font-semibold text-red-800 dark:text-red-300">Move to trash</button>
        </ActionForm>
      )}
    </section>
  );
}
