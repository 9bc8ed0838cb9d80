"use client";

import { useActionState, useEffect, useState } from "react";
import { Pin, PinOff, Pencil, Trash2 } from "lucide-react";
import { ActionForm } from "@/components/admin/action-form";
import { Field, FieldError, readFieldErrors } from "@/components/admin/ui/field";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import type { ContentDocument } from "@/lib/content/types";
import { LIVE_HEADLINE_MAX } from "@/lib/live/schema";

export type DeskEntryView = {
  id: string;
  headline: string;
  body: ContentDocument;
  excerpt: string;
  keyEvent: boolean;
  pinned: boolean;
  postedAt: string;
  editedAt: string | null;
  author: string | null;
  canChange: boolean;
};

export type LiveDeskActions = {
  postLiveEntryAction: FormAction<{ entryId: string }>;
  editLiveEntryAction: FormAction;
  pinLiveEntryAction: FormAction;
  deleteLiveEntryAction: FormAction;
};

const inputClass = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900";
const buttonClass = "inline-flex items-center gap-1 rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600";

/** The form a reporter posts with; it empties itself after each post. */
export function PostEntryForm({ articleId, action }: { articleId: string; action: FormAction<{ entryId: string }> }) {
  const [state, formAction, pending] = useActionState<ActionState<{ entryId: string }>, FormData>(action, IDLE);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (state.status === "success") setRound((n) => n + 1);
  }, [state]);
  const errors = readFieldErrors(state);
  return (
    <form action={formAction} aria-label="Post an entry" aria-busy={pending} className="space-y-3" key={round}>
      <input type="hidden" name="articleId" value={articleId} />
      <Field id="live-headline" label="Headline (optional)" errors={errors.headline}>
        <input name="headline" maxLength={LIVE_HEADLINE_MAX} className={inputClass} />
      </Field>
      <div>
        <span id="live-body-label" className="block text-sm font-semibold">Entry</span>
        <RichTextEditor name="body" labelId="live-body-label" initialContent={null} />
        <FieldError id="live-body-error" messages={errors.body} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="keyEvent" value="on" /> Key event (listed at the top of the page)
      </label>
      <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Posting…" : "Post entry"}
      </button>
      {state.status === "error" ? <p role="alert" className="text-sm text-red-800 dark:text-red-300">{state.message}</p> : null}
      {state.status === "success" ? <p role="status" className="text-sm text-green-900 dark:text-green-200">{state.message}</p> : null}
    </form>
  );
}

/** Entries newest first, each with edit, pin and delete where allowed. */
export function LiveEntryList({ entries, canPin, actions, timeZone }: { entries: DeskEntryView[]; canPin: boolean; actions: LiveDeskActions; timeZone: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  if (entries.length === 0) return <p className="text-sm text-neutral-600 dark:text-neutral-400">No entries yet.</p>;
  return (
    <ol className="divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Entries, newest first">
      {entries.map((entry) => (
        <li key={entry.id} className="py-3" data-testid="desk-entry">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={entry.postedAt} className="font-semibold">{time.format(new Date(entry.postedAt))}</time>
            {entry.author ? <span>{entry.author}</span> : null}
            {entry.keyEvent ? <span className="rounded border border-red-700 px-1 text-xs uppercase text-red-800 dark:text-red-300">Key event</span> : null}
            {entry.pinned ? <span className="rounded bg-neutral-800 px-1 text-xs uppercase text-white">Pinned</span> : null}
            {entry.editedAt ? <span className="text-neutral-600 dark:text-neutral-400">updated {time.format(new Date(entry.editedAt))}</span> : null}
          </p>
          {entry.headline ? <p className="font-semibold">{entry.headline}</p> : null}
          <p className="text-sm text-neutral-700 dark:text-neutral-300">{entry.excerpt}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {entry.canChange ? (
              <button type="button" className={buttonClass} aria-expanded={editing === entry.id} onClick={() => setEditing(editing === entry.id ? null : entry.id)}>
                <Pencil aria-hidden className="size-4" /> Edit<span className="sr-only"> entry from {time.format(new Date(entry.postedAt))}</span>
              </button>
            ) : null}
            {canPin ? (
              <ActionForm action={actions.pinLiveEntryAction} label={entry.pinned ? "Unpin entry" : "Pin entry"}>
                <input type="hidden" name="entryId" value={entry.id} />
                <input type="hidden" name="pinned" value={entry.pinned ? "" : "on"} />
                <button type="submit" className={buttonClass}>
                  {entry.pinned ? <PinOff aria-hidden className="size-4" /> : <Pin aria-hidden className="size-4" />} {entry.pinned ? "Unpin" : "Pin"}
                  <span className="sr-only"> entry from {time.format(new Date(entry.postedAt))}</span>
                </button>
              </ActionForm>
            ) : null}
            {entry.canChange ? (
              <ActionForm action={actions.deleteLiveEntryAction} label="Delete entry" confirm="Delete this entry from the live page? Its history is kept.">
                <input type="hidden" name="entryId" value={entry.id} />
                <button type="submit" className={`${buttonClass} border-red-700 text-red-800 dark:text-red-300`}>
                  <Trash2 aria-hidden className="size-4" /> Delete<span className="sr-only"> entry from {time.format(new Date(entry.postedAt))}</span>
                </button>
              </ActionForm>
            ) : null}
          </div>
          {editing === entry.id ? <EditEntryForm entry={entry} action={actions.editLiveEntryAction} onDone={() => setEditing(null)} /> : null}
        </li>
      ))}
    </ol>
  );
}

function EditEntryForm({ entry, action, onDone }: { entry: DeskEntryView; action: FormAction; onDone: () => void }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  const errors = readFieldErrors(state);
  const ids = `edit-${entry.id}`;
  return (
    <form action={formAction} aria-label="Edit entry" aria-busy={pending} className="mt-3 space-y-3 rounded border border-neutral-300 p-3 dark:border-neutral-700">
      <input type="hidden" name="entryId" value={entry.id} />
      <Field id={`${ids}-headline`} label="Headline (optional)" errors={errors.headline}>
        <input name="headline" defaultValue={entry.headline} maxLength={LIVE_HEADLINE_MAX} className={inputClass} />
      </Field>
      <div>
        <span id={`${ids}-body-label`} className="block text-sm font-semibold">Entry</span>
        <RichTextEditor name="body" labelId={`${ids}-body-label`} initialContent={entry.body} />
        <FieldError id={`${ids}-body-error`} messages={errors.body} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="keyEvent" value="on" defaultChecked={entry.keyEvent} /> Key event
      </label>
      <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">Save entry</button>
      {state.status === "error" ? <p role="alert" className="text-sm text-red-800 dark:text-red-300">{state.message}</p> : null}
    </form>
  );
}

/** Start, change or end coverage (editors). Times are in the site's time zone. */
export function CoveragePanel({
  articleId,
  coverage,
  timeZone,
  setLiveCoverageAction,
  endLiveCoverageAction,
}: {
  articleId: string;
  coverage: { startsAt: string; endsAt: string | null; state: "upcoming" | "live" | "ended" } | null;
  timeZone: string;
  setLiveCoverageAction: FormAction;
  endLiveCoverageAction: FormAction;
}) {
  return (
    <div className="space-y-4">
      <ActionForm action={setLiveCoverageAction} label={coverage ? "Change coverage times" : "Start live coverage"} className="space-y-3">
        <input type="hidden" name="articleId" value={articleId} />
        <Field id="coverage-start" label={`Starts (${timeZone})`} hint="Leave empty to start now.">
          <input type="datetime-local" name="startsAt" defaultValue={coverage?.startsAt ?? ""} className={inputClass} />
        </Field>
        <Field id="coverage-end" label={`Ends (${timeZone})`} hint="Leave empty to keep it open until you end it.">
          <input type="datetime-local" name="endsAt" defaultValue={coverage?.state === "ended" ? "" : (coverage?.endsAt ?? "")} className={inputClass} />
        </Field>
        <button type="submit" className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
          {coverage ? (coverage.state === "ended" ? "Reopen coverage" : "Save times") : "Start live coverage"}
        </button>
      </ActionForm>
      {coverage && coverage.state !== "ended" ? (
        <ActionForm action={endLiveCoverageAction} label="End coverage" confirm="End live coverage now? Readers' pages stop updating; every entry stays.">
          <input type="hidden" name="articleId" value={articleId} />
          <button type="submit" className="rounded border border-red-700 px-3 py-1 font-semibold text-red-800 dark:text-red-300">End coverage now</button>
        </ActionForm>
      ) : null}
    </div>
  );
}
