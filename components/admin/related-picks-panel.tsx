import { ActionForm } from "@/components/admin/action-form";
import { RelatedPicks } from "@/components/admin/related-picks";
import type { FormAction } from "@/lib/actions/action-state";
import type { RelatedPickOption } from "@/lib/articles/list-related-pick-options";

// Pinned related articles, saved on their own: they are not part of the article's text.
type Props = { articleId: string; options: RelatedPickOption[]; picked: string[]; setRelatedPicksAction: FormAction };

export function RelatedPicksPanel({ articleId, options, picked, setRelatedPicksAction }: Props) {
  return (
    <section aria-labelledby="related-picks-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="related-picks-heading" className="mb-2 font-semibold">Related articles</h2>
      <ActionForm action={setRelatedPicksAction} label="Save related articles" className="space-y-3">
        <input type="hidden" name="articleId" value={articleId} />
        <RelatedPicks options={options} picked={picked} />
        <button type="submit" className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Save related articles</button>
      </ActionForm>
    </section>
  );
}
