import { WordDiffView } from "@/components/admin/word-diff-view";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { diffWords } from "@/lib/articles/word-diff";
import type { ConflictSnapshot } from "@/lib/articles/describe-conflict";

type Props = {
  conflict: ConflictSnapshot;
  /** The person's own headline and body text, still on screen. */
  headline: string;
  bodyText: string;
  disabled: boolean;
};

// Shown after a save was refused because someone saved first: their words next to
// yours, and a button that saves yours on top of their version (data-rebase).
export function ConflictPanel({ conflict, headline, bodyText, disabled }: Props) {
  return (
    <section aria-labelledby="conflict-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
      <h2 id="conflict-heading" className="font-semibold">Differences between their version and yours</h2>
      <p className="text-sm">
        Struck-through words are only in {conflict.changedBy}’s version (version {conflict.version}); highlighted words are only in yours.
        Copy anything of theirs you want to keep into your text, then save yours on top. Their version stays in the history.
      </p>
      {conflict.headline !== headline ? <p className="text-sm">Their headline: <q>{conflict.headline}</q></p> : null}
      <WordDiffView label="Their words and yours" parts={diffWords(conflict.bodyText, bodyText)} />
      <button type="submit" name="intent" value="save" data-rebase={String(conflict.version)} disabled={disabled} className={secondaryButtonClass}>
        Save my version
      </button>
    </section>
  );
}
