import { Field } from "@/components/admin/ui/field";
import { inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export type FormPermissions = {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
};

type Props = {
  status: ArticleStatus;
  /** Readers can see the article now. */
  live: boolean;
  publishedAt: string | null | undefined;
  can: FormPermissions;
  pending: boolean;
  fieldErrors: Record<string, string[]>;
  timeZone: string;
};

const primaryClass = (colour: "sky" | "green") =>
  colour === "sky"
    ? "rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-700 disabled:opacity-60"
    : "rounded bg-green-800 px-4 py-2 font-semibold text-white hover:bg-green-700 disabled:opacity-60";

// The foot of the article form: which buttons a person gets depends on the article's
// status and their permissions; every button submits the same form with its own intent.
export function PublishControls({ status, live, can, pending, fieldErrors }: Omit<Props, "publishedAt" | "timeZone">) {
  const showSubmit = can.submit && !can.publish && status === "DRAFT";
  const canStartPublishing = can.publish && ["DRAFT", "IN_REVIEW", "UNPUBLISHED"].includes(status);
  const scheduledAhead = status === "SCHEDULED" && !live;
  const reviewing = status === "IN_REVIEW" && can.review;
  const scheduling = isSchedulable(status, live, can);

  return (
    <div className="space-y-4 border-t border-neutral-200 pt-6 dark:border-neutral-800">
      {live ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="minor" value="1" />
          Minor fix (a typo): readers are not shown “Updated”
        </label>
      ) : null}

      {reviewing ? (
        <Field id="note" label="Note to the reporter" hint="Required to send the article back; kept with the article’s history." errors={fieldErrors.note}>
          <textarea name="note" rows={2} maxLength={2000} className={inputClass} />
        </Field>
      ) : null}


      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className={secondaryButtonClass}>
          {live ? "Update" : status === "SCHEDULED" || status === "UNPUBLISHED" ? "Save" : "Save draft"}
        </button>
        {showSubmit ? (
          <button type="submit" name="intent" value="submit" disabled={pending} className={primaryClass("sky")}>
            Submit for review
          </button>
        ) : null}
        {reviewing ? (
          <button type="submit" name="intent" value="send_back" disabled={pending} className={secondaryButtonClass}>
            Send back
          </button>
        ) : null}
        {can.publish && (canStartPublishing || scheduledAhead) ? (
          <button type="submit" name="intent" value="publish" disabled={pending} className={primaryClass("green")}>
            {scheduledAhead ? "Publish now" : "Publish"}
          </button>
        ) : null}
        {scheduling ? (
          <button type="submit" name="intent" value="schedule" disabled={pending} className={primaryClass("sky")}>
            {scheduledAhead ? "Reschedule" : "Schedule"}
          </button>
        ) : null}
        {can.unpublish && (live || scheduledAhead) ? (
          <button type="submit" name="intent" value="unpublish" disabled={pending} className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:text-red-300 dark:hover:bg-red-950">
            Unpublish
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** Whether the person may schedule (or reschedule) the article now. */
export function isSchedulable(status: ArticleStatus, live: boolean, can: FormPermissions): boolean {
  const canStartPublishing = can.publish && ["DRAFT", "IN_REVIEW", "UNPUBLISHED"].includes(status);
  return can.schedule && (canStartPublishing || (status === "SCHEDULED" && !live));
}

// When to publish: one of the article's settings (the settings panel), submitted with the
// form's Schedule button.
export function ScheduleField({ status, live, publishedAt, value, onChange, fieldErrors, timeZone }: Pick<Props, "status" | "live" | "publishedAt" | "fieldErrors" | "timeZone"> & { value: string; onChange: (value: string) => void }) {
  const scheduledAhead = status === "SCHEDULED" && !live;
  return (
    <Field
      id="publishAt"
      label={`Publish at (${timeZone})`}
      hint={`${scheduledAhead && publishedAt ? `Scheduled for ${formatInZone(publishedAt, timeZone)} (${timeZone}). ` : ""}Times are in ${timeZone}. Until then the article is unreachable on every public page.`}
      errors={fieldErrors.publishAt}
    >
      <input name="publishAt" type="datetime-local" step={1} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass} />
    </Field>
  );
}

function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone }).format(new Date(iso));
}
