import { RELATED_PICKS_MAX } from "@/lib/articles/related-picks-schema";
import type { RelatedPickOption } from "@/lib/articles/list-related-pick-options";

type Props = {
  options: RelatedPickOption[];
  picked: string[];
  disabled?: boolean;
  errors?: string[];
};

/**
 * Up to three pinned related articles, shown to readers before the ones found by shared
 * tags. Plain selects named `relatedPicks` (in order) inside the article form: they work
 * without JavaScript; the action reads them with readRelatedPicks() and saves them with
 * setRelatedPicks().
 */
export function RelatedPicks({ options, picked, disabled, errors }: Props) {
  const slots = Array.from({ length: RELATED_PICKS_MAX }, (_, i) => picked[i] ?? "");
  return (
    <fieldset className="rounded border border-neutral-400 p-3 dark:border-neutral-600" aria-describedby={errors?.length ? "related-picks-error" : "related-picks-help"}>
      <legend className="px-1 text-sm font-semibold">Related articles (pinned)</legend>
      <p id="related-picks-help" className="text-sm text-neutral-700 dark:text-neutral-300">
        Shown first under the article; the rest are found by shared tags.
      </p>
      {slots.map((value, i) => (
        <div key={i} className="mt-2">
          <label htmlFor={`related-pick-${i}`} className="block text-sm">Pin {i + 1}</label>
          <select id={`related-pick-${i}`} name="relatedPicks" defaultValue={value} disabled={disabled} className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900">
            <option value="">None</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>{o.headline}</option>
            ))}
          </select>
        </div>
      ))}
      {errors?.length ? <p id="related-picks-error" role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}
