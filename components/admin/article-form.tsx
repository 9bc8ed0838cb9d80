"use client";

import { useActionState, useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { TagInput } from "@/components/admin/tag-input";
import { FeaturedImagePicker } from "@/components/admin/featured-image-picker";
import { BylinePicker } from "@/components/admin/byline-picker";
import { WordDiffView } from "@/components/admin/word-diff-view";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { slugify } from "@/lib/content/slug";
import { documentToPlainText } from "@/lib/content/plain-text";
import { diffWords } from "@/lib/articles/word-diff";
import type { ContentDocument } from "@/lib/content/types";
import { autosaveAction, heartbeatAction, saveArticleAction, type LockView, type SaveResult } from "@/app/(admin)/admin/articles/actions";

type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";

export type ArticleFormValues = {
  id?: string;
  version?: number;
  headline: string;
  standfirst: string;
  dateline?: string;
  slug: string;
  body: ContentDocument | null;
  tags: string[];
  bylines: string[];
  status: Status;
  publishedAt?: string | null;
};

export type FormPermissions = {
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
};

type Props = {
  initial: ArticleFormValues;
  tagSuggestions: string[];
  staff: { id: string; name: string }[];
  can: FormPermissions;
  lock?: LockView;
  timeZone: string;
  notice?: string;
};

const AUTOSAVE_DELAY_MS = 3000;
const HEARTBEAT_MS = 30_000;

const inputClass =
  "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 disabled:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:disabled:bg-neutral-800";
const buttonClass = "rounded border border-neutral-400 bg-white px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-900 dark:hover:bg-neutral-800";

function isLive(status: Status, publishedAt: string | null | undefined): boolean {
  return status === "PUBLISHED" || (status === "SCHEDULED" && !!publishedAt && new Date(publishedAt).getTime() <= Date.now());
}

export function ArticleForm({ initial, tagSuggestions, staff, can, lock: initialLock, timeZone, notice }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<SaveResult>, FormData>(saveArticleAction, IDLE);
  const router = useRouter();
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // Unsaved changes since the last explicit save.
  const dirty = useRef(false);
  const [headline, setHeadline] = useState(initial.headline);
  const [standfirst, setStandfirst] = useState(initial.standfirst);
  const [slug, setSlug] = useState(initial.slug);
  // A new article's slug follows the headline until someone edits it.
  const [slugEdited, setSlugEdited] = useState(Boolean(initial.id));
  const [tags, setTags] = useState(initial.tags);
  const [bylines, setBylines] = useState(initial.bylines);
  const [bodyText, setBodyText] = useState(() => (initial.body ? documentToPlainText(initial.body) : ""));
  const [saved, setSaved] = useState<SaveResult["saved"] | null>(null);
  const [lock, setLock] = useState<LockView>(initialLock ?? { held: "none" });
  const [changes, setChanges] = useState(0);
  const [autosaveText, setAutosaveText] = useState<string | null>(null);
  const [lastEvent, setLastEvent] = useState<"action" | "autosave">("action");

  const id = initial.id;
  const version = saved?.version ?? initial.version;
  const status = saved?.status ?? initial.status;
  const publishedAt = saved ? saved.publishedAt : initial.publishedAt;
  const lockedOut = can.edit && lock.held === "other";
  const readOnly = !can.edit || lockedOut;
  const shownSlug = slugEdited ? slug : slugify(headline);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const conflict = state.status === "error" ? state.data?.conflict : undefined;
  const live = isLive(status, publishedAt);

  useEffect(() => {
    if (state.status === "success" && state.data?.saved) {
      setSaved(state.data.saved);
      dirty.current = false;
      // The page around the form (status badge, corrections, delete) follows the new state;
      // the form keeps its own words.
      router.refresh();
    }
    if (state.status !== "idle") setLastEvent("action");
  }, [state, router]);

  const beat = useCallback(
    async (takeOver = false) => {
      if (!id || !can.edit) return;
      const formData = new FormData();
      formData.set("id", id);
      if (takeOver) formData.set("takeOver", "1");
      const result = await heartbeatAction(IDLE, formData);
      if (result.status === "success" && result.data) setLock(result.data);
    },
    [id, can.edit],
  );

  // The lock follows activity, not an open tab: while there are unsaved changes the
  // heartbeat keeps it (and learns when someone takes over); an idle page lets it lapse.
  useEffect(() => {
    if (!id || !can.edit) return;
    const timer = setInterval(() => {
      if (dirty.current) void beat();
    }, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [id, can.edit, beat]);

  // After a refused save, find out whether it was because someone took over.
  useEffect(() => {
    if (state.status === "error" && id) void beat();
  }, [state, id, beat]);

  const markChanged = () => {
    dirty.current = true;
    setChanges((n) => n + 1);
  };

  // The version the next autosave is based on, read when the timer fires.
  const versionRef = useRef(version);
  useEffect(() => {
    versionRef.current = version;
  }, [version]);

  // Autosave a few seconds after typing stops: one rolling copy per person, off the record.
  // Only while there are unsaved changes: an explicit save clears them.
  useEffect(() => {
    if (changes === 0 || readOnly || !dirty.current) return;
    if (!id) {
      setAutosaveText("Not saved yet: save the draft once to turn on autosave.");
      setLastEvent("autosave");
      return;
    }
    const timer = setTimeout(async () => {
      const form = formRef.current;
      if (!form || !dirty.current) return;
      const formData = new FormData(form);
      if (versionRef.current !== undefined) formData.set("version", String(versionRef.current));
      setAutosaveText("Saving…");
      setLastEvent("autosave");
      try {
        const result = await autosaveAction(IDLE, formData);
        if (result.status === "success") {
          setAutosaveText(result.message);
          if (result.data) setLock(result.data.lock);
        } else if (result.status === "error") {
          setAutosaveText(result.message.startsWith("Not saved") ? result.message : `Not saved: ${result.message}`);
        }
      } catch {
        setAutosaveText("Not saved: the server could not be reached. Keep this page open and try again.");
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changes, id, readOnly]);

  // Submitted by hand so React does not reset the form: after a refused save the
  // editor's words must stay on screen.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    // "Save mine": the person has seen the other version and saves on top of it.
    if (submitter?.dataset.rebase) formData.set("version", submitter.dataset.rebase);
    setLastEvent("action");
    startTransition(() => formAction(formData));
  };

  const statusText = pending ? "Saving…" : lastEvent === "autosave" && autosaveText ? autosaveText : state.status === "success" ? state.message : (notice ?? autosaveText ?? "");
  const showSubmit = can.submit && !can.publish && status === "DRAFT";
  const canStartPublishing = can.publish && ["DRAFT", "IN_REVIEW", "UNPUBLISHED"].includes(status);
  const scheduledAhead = status === "SCHEDULED" && !live;

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate aria-busy={pending}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="slugEdited" value={slugEdited ? "1" : "0"} />

      {lockedOut ? (
        <div role="region" aria-label="Editing lock" className="flex flex-wrap items-center justify-between gap-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>
            <strong>{lock.by} is editing</strong> this article (since {new Date(lock.since).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}). Your text stays on screen; take over to edit and save.
          </p>
          <button type="button" onClick={() => void beat(true)} className={buttonClass}>Take over</button>
        </div>
      ) : null}

      <FormMessage state={state} />
      <p role="status" className="min-h-6 text-sm text-neutral-700 dark:text-neutral-300">{statusText}</p>

      {conflict ? (
        <section aria-labelledby="conflict-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <h2 id="conflict-heading" className="font-semibold">Differences between their version and yours</h2>
          <p className="text-sm">
            Struck-through words are only in {conflict.changedBy}’s version (version {conflict.version}); highlighted words are only in yours.
            Copy anything of theirs you want to keep into your text, then save yours on top. Their version stays in the history.
          </p>
          {conflict.headline !== headline ? <p className="text-sm">Their headline: <q>{conflict.headline}</q></p> : null}
          <WordDiffView label="Their words and yours" parts={diffWords(conflict.bodyText, bodyText)} />
          <button type="submit" name="intent" value="save" data-rebase={String(conflict.version)} disabled={pending || readOnly} className={buttonClass}>
            Save my version
          </button>
        </section>
      ) : null}

      <div>
        <label htmlFor="headline" className="block text-sm font-semibold">Headline</label>
        <input id="headline" name="headline" value={headline} onChange={(e) => { setHeadline(e.target.value); markChanged(); }} disabled={readOnly} required maxLength={200} aria-invalid={!!fieldErrors.headline} aria-describedby={fieldErrors.headline ? "headline-error" : undefined} className={`${inputClass} font-serif text-2xl`} />
        <FieldError id="headline-error" messages={fieldErrors.headline} />
      </div>

      <div>
        <label htmlFor="standfirst" className="block text-sm font-semibold">Standfirst</label>
        <textarea id="standfirst" name="standfirst" value={standfirst} onChange={(e) => { setStandfirst(e.target.value); markChanged(); }} disabled={readOnly} rows={2} maxLength={600} aria-invalid={!!fieldErrors.standfirst} className={inputClass} />
        <FieldError id="standfirst-error" messages={fieldErrors.standfirst} />
      </div>

      <div>
        <label htmlFor="dateline" className="block text-sm font-semibold">Dateline <span className="font-normal text-neutral-700 dark:text-neutral-300">(optional, where the story was filed, e.g. DOHA)</span></label>
        <input id="dateline" name="dateline" defaultValue={initial.dateline ?? ""} disabled={readOnly} maxLength={60} aria-invalid={!!fieldErrors.dateline} aria-describedby={fieldErrors.dateline ? "dateline-error" : undefined} className={inputClass} />
        <FieldError id="dateline-error" messages={fieldErrors.dateline} />
      </div>

      <div>
        <label htmlFor="slug" className="block text-sm font-semibold">Slug</label>
        <input
          id="slug"
          name="slug"
          value={shownSlug}
          onChange={(e) => {
            setSlugEdited(true);
            setSlug(e.target.value);
            markChanged();
          }}
          disabled={readOnly}
          maxLength={96}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          aria-invalid={!!fieldErrors.slug}
          aria-describedby="slug-help"
          className={`${inputClass} font-mono text-sm`}
        />
        <p id="slug-help" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          The article’s address: /articles/{shownSlug || "…"}. Lowercase letters, digits and hyphens.
          {publishedAt ? " The old address of a published article keeps redirecting here." : ""}
        </p>
        <FieldError id="slug-error" messages={fieldErrors.slug} />
      </div>

      <div>
        <span id="body-label" className="block text-sm font-semibold">Body</span>
        <RichTextEditor
          name="body"
          labelId="body-label"
          initialContent={initial.body}
          editable={!readOnly}
          onChange={(doc) => {
            setBodyText(documentToPlainText(doc));
            markChanged();
          }}
        />
        <FieldError id="body-error" messages={fieldErrors.body} />
      </div>

      <TagInput value={tags} onChange={(next) => { setTags(next); markChanged(); }} suggestions={tagSuggestions} disabled={readOnly} error={fieldErrors.tags?.[0]} />

      <BylinePicker value={bylines} onChange={(next) => { setBylines(next); markChanged(); }} staff={staff} disabled={readOnly} error={fieldErrors.bylines?.[0]} />

      <FeaturedImagePicker articleId={initial.id} disabled={readOnly} />

      {!readOnly ? (
        <div className="space-y-4 border-t border-neutral-200 pt-6 dark:border-neutral-800">
          {live ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="minor" value="1" />
              Minor fix (a typo): readers are not shown “Updated”
            </label>
          ) : null}

          {status === "IN_REVIEW" && can.review ? (
            <div>
              <label htmlFor="note" className="block text-sm font-semibold">Note to the reporter</label>
              <textarea id="note" name="note" rows={2} maxLength={2000} aria-invalid={!!fieldErrors.note} aria-describedby="note-help" className={inputClass} />
              <p id="note-help" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Required to send the article back; kept with the article’s history.</p>
              <FieldError id="note-error" messages={fieldErrors.note} />
            </div>
          ) : null}

          {can.schedule && (canStartPublishing || scheduledAhead) ? (
            <div>
              <label htmlFor="publishAt" className="block text-sm font-semibold">Publish at ({timeZone})</label>
              <input id="publishAt" name="publishAt" type="datetime-local" step={1} aria-describedby="publishAt-help" aria-invalid={!!fieldErrors.publishAt} className={`${inputClass} max-w-xs`} />
              <p id="publishAt-help" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
                {scheduledAhead && publishedAt ? `Scheduled for ${formatInZone(publishedAt, timeZone)} (${timeZone}). ` : ""}
                Times are in {timeZone}. Until then the article is unreachable on every public page.
              </p>
              <FieldError id="publishAt-error" messages={fieldErrors.publishAt} />
            </div>
          ) : null}

          <div className="flex flex-wrap gap-3">
            <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass}>
              {live ? "Update" : status === "SCHEDULED" || status === "UNPUBLISHED" ? "Save" : "Save draft"}
            </button>
            {showSubmit ? (
              <button type="submit" name="intent" value="submit" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-700 disabled:opacity-60">
                Submit for review
              </button>
            ) : null}
            {status === "IN_REVIEW" && can.review ? (
              <button type="submit" name="intent" value="send_back" disabled={pending} className={buttonClass}>
                Send back
              </button>
            ) : null}
            {can.publish && (canStartPublishing || scheduledAhead) ? (
              <button type="submit" name="intent" value="publish" disabled={pending} className="rounded bg-green-800 px-4 py-2 font-semibold text-white hover:bg-green-700 disabled:opacity-60">
                {scheduledAhead ? "Publish now" : "Publish"}
              </button>
            ) : null}
            {can.schedule && (canStartPublishing || scheduledAhead) ? (
              <button type="submit" name="intent" value="schedule" disabled={pending} className="rounded bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-700 disabled:opacity-60">
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
      ) : null}
    </form>
  );
}

function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone }).format(new Date(iso));
}

function FormMessage({ state }: { state: ActionState<SaveResult> }) {
  if (state.status !== "error") return null;
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      {state.message}
    </p>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">{messages.join(" ")}</p>;
}
