import { secondaryButtonClass } from "@/components/admin/form-message";

type Props = { by: string; since: string; onTakeOver: () => void };

// Someone else holds the editing lock: say who and since when, and offer to take over.
export function EditLockBanner({ by, since, onTakeOver }: Props) {
  return (
    <div role="region" aria-label="Editing lock" className="flex flex-wrap items-center justify-between gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
      <p>
        <strong>{by} is editing</strong> this article (since {new Date(since).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}). Your text stays on screen; take over to edit and save.
      </p>
      <button type="button" onClick={onTakeOver} className={secondaryButtonClass}>Take over</button>
    </div>
  );
}
