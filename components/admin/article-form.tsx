"use client";

import { useActionState, useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { Editor } from "@tiptap/react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { CommentsPanel, type CommentActions } from "@/components/editor/comments/comments-panel";
import { markCarriedComments } from "@/components/editor/comments/comment-anchors";
import { TagInput } from "@/components/admin/tag-input";
import { FeaturedImagePicker, type FeaturedImageActions } from "@/components/admin/featured-image-picker";
import { BylinePicker } from "@/components/admin/byline-picker";
import { ConflictPanel } from "@/components/admin/conflict-panel";
import { EditLockBanner } from "@/components/admin/edit-lock-banner";
import { useHydrated } from "@/components/admin/ui/use-hydrated";
import { PublishControls, ScheduleField, isSchedulable, type FormPermissions } from "@/components/admin/publish-controls";
import { SettingsOpener, SettingsPanel, useWideScreen } from "@/components/admin/settings-panel";
import { useWritingFocus } from "@/components/admin/use-writing-focus";
import { PrepublishChecklist } from "@/components/admin/prepublish-checklist";
import { AppearancePanel } from "@/components/admin/appearance-panel";
import { useEditLock } from "@/components/admin/use-edit-lock";
import { useAutosave } from "@/components/admin/use-autosave";
import { inputClass } from "@/components/admin/form-message";
import { Field, FieldError, readFieldErrors } from "@/components/admin/ui/field";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import { slugify } from "@/lib/content/slug";
import { countWords, documentToPlainText, readingMinutes } from "@/lib/content/plain-text";
import { HEADLINE_MAX, STANDFIRST_MAX } from "@/lib/articles/schema";
import { HEADLINE_SEARCH_MAX, STANDFIRST_SEARCH_MAX, countCharacters } from "@/lib/articles/prepublish-rules";
import type { ContentDocument } from "@/lib/content/types";
import type { AutosaveResult, LockView, SaveResult } from "@/lib/articles/article-form-types";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import type { SiteIdentity } from "@/lib/seo/article-appearance";
import type { ThreadView } from "@/lib/comments/types";

export type { FormPermissions };

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
  sectionId?: string | null;
  status: ArticleStatus;
  publishedAt?: string | null;
  /** issue-17: search and social overrides (null or absent: the default). */
  seoTitle?: string | null;
  socialTitle?: string | null;
  socialDescription?: string | null;
};

/** The server actions the form calls, handed down by the page (components never import app/). */
export type ArticleFormActions = FeaturedImageActions & {
  saveArticleAction: FormAction<SaveResult>;
  autosaveAction: FormAction<AutosaveResult>;
  heartbeatAction: FormAction<LockView>;
};

/** Comments on drafts (issue 17): an existing article's threads and what the person may do. */
export type ArticleComments = {
  threads: ThreadView[];
  meId: string;
  canResolve: boolean;
  focusThreadId?: string;
  actions: CommentActions;
};

type Props = {
  initial: ArticleFormValues;
  comments?: ArticleComments;
  tagSuggestions: string[];
  staff: { id: string; name: string }[];
  /** issue-13: sections, parents before children (depth indents them). */
  sections?: { id: string; name: string; depth: number }[];
  can: FormPermissions;
  actions: ArticleFormActions;
  lock?: LockView;
  timeZone: string;
  notice?: string;
  /** The site's name and address, for the search and social previews. */
  site: SiteIdentity;
};

function isLive(status: ArticleStatus, publishedAt: string | null | undefined): boolean {
  return status === "PUBLISHED" || (status === "SCHEDULED" && !!publishedAt && new Date(publishedAt).getTime() <= Date.now());
}

export function ArticleForm({ initial, comments, tagSuggestions, staff, sections = [], can, actions, lock: initialLock, timeZone, notice, site }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<SaveResult>, FormData>(actions.saveArticleAction, IDLE);
  const hydrated = useHydrated();
  const router = useRouter();
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // Unsaved changes since the last explicit save.
  const dirty = useRef(false);
  const [changes, setChanges] = useState(0);
  const [headline, setHeadline] = useState(initial.headline);
  const [standfirst, setStandfirst] = useState(initial.standfirst);
  const [slug, setSlug] = useState(initial.slug);
  // The settings are controlled, so moving between side panel and sheet keeps them.
  const [dateline, setDateline] = useState(initial.dateline ?? "");
  const [sectionId, setSectionId] = useState(initial.sectionId ?? "");
  const [publishAt, setPublishAt] = useState("");
  const wide = useWideScreen();
  const sheetRef = useRef<HTMLDialogElement>(null);
  const [focusMode, setFocusMode] = useState(false);
  const writingRef = useRef<HTMLDivElement>(null);
  const leaveFocusMode = useCallback(() => setFocusMode(false), []);
  useWritingFocus(focusMode, writingRef, leaveFocusMode);
  // A new article's slug follows the headline until someone edits it.
  const [slugEdited, setSlugEdited] = useState(Boolean(initial.id));
  const [tags, setTags] = useState(initial.tags);
  const [bylines, setBylines] = useState(initial.bylines);
  const [bodyText, setBodyText] = useState(() => (initial.body ? documentToPlainText(initial.body) : ""));
  const [bodyDoc, setBodyDoc] = useState(initial.body);
  const [saved, setSaved] = useState<SaveResult["saved"] | null>(null);
  const [image, setImage] = useState<{ url: string; alt: string } | null>(null);
  // Which answer the status line shows: the last explicit save's or the last autosave's.
  const [lastEvent, setLastEvent] = useState<"action" | "autosave">("action");

  // The editor, for the comments panel beside it; and the version a new thread's mark made.
  const [editor, setEditor] = useState<Editor | null>(null);
  const [anchoredVersion, setAnchoredVersion] = useState(0);

  const id = initial.id;
  const savedVersion = saved?.version ?? initial.version;
  const version = savedVersion !== undefined && anchoredVersion > savedVersion ? anchoredVersion : savedVersion;
  const status = saved?.status ?? initial.status;
  const publishedAt = saved ? saved.publishedAt : initial.publishedAt;
  const { lock, setLock, beat } = useEditLock({ articleId: id, canEdit: can.edit, initial: initialLock, dirty, heartbeatAction: actions.heartbeatAction });
  const lockedOut = can.edit && lock.held === "other";
  const readOnly = !can.edit || lockedOut;
  const shownSlug = slugEdited ? slug : slugify(headline);
  const fieldErrors = readFieldErrors(state);
  const conflict = state.status === "error" ? state.data?.conflict : undefined;
  const live = isLive(status, publishedAt);

  const editorRef = useRef<Editor | null>(null);
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);

  useEffect(() => {
    if (state.status === "success" && state.data?.saved) {
      setSaved(state.data.saved);
      // Threads someone started meanwhile: the server put their marks in the saved body.
      if (editorRef.current && state.data.saved.carriedComments?.length) markCarriedComments(editorRef.current, state.data.saved.carriedComments);
      dirty.current = false;
      // The page around the form (status badge, corrections, delete) follows the new state;
      // the form keeps its own words.
      router.refresh();
    }
    if (state.status !== "idle") setLastEvent("action");
  }, [state, router]);

  // After a refused save, find out whether it was because someone took over.
  useEffect(() => {
    if (state.status === "error" && id) void beat();
  }, [state, id, beat]);

  const showAutosave = useCallback(() => setLastEvent("autosave"), []);
  const autosaveText = useAutosave({
    articleId: id,
    formRef,
    dirty,
    changes,
    version,
    readOnly,
    autosaveAction: actions.autosaveAction,
    onStart: showAutosave,
    onLock: setLock,
  });

  const markChanged = () => {
    dirty.current = true;
    setChanges((n) => n + 1);
  };

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

  const words = countWords(bodyText);
  const minutes = readingMinutes(words);
  const canPublishOrSchedule = !readOnly && (can.publish || can.schedule);

  const statusText = pending ? "Saving…" : lastEvent === "autosave" && autosaveText ? autosaveText : state.status === "success" ? state.message : (notice ?? autosaveText ?? "");

  const settings = (
    <>
      <Field id="sectionId" label="Section" hint="The one section the story belongs to: its kicker, breadcrumbs and section page. Tags stay for topics." errors={fieldErrors.sectionId}>
        <select name="sectionId" value={sectionId} onChange={(e) => { setSectionId(e.target.value); markChanged(); }} disabled={readOnly} className={inputClass}>
          <option value="">No section</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>{`${"\u00a0\u00a0".repeat(s.depth)}${s.name}`}</option>
          ))}
        </select>
      </Field>

      <TagInput value={tags} onChange={(next) => { setTags(next); markChanged(); }} suggestions={tagSuggestions} disabled={readOnly} error={fieldErrors.tags?.[0]} />

      <BylinePicker value={bylines} onChange={(next) => { setBylines(next); markChanged(); }} staff={staff} disabled={readOnly} error={fieldErrors.bylines?.[0]} />

      <FeaturedImagePicker articleId={initial.id} disabled={readOnly} actions={actions} onImageChange={(chosen) => setImage(chosen ? { url: chosen.src, alt: chosen.alt } : null)} />

      <Field
        id="dateline"
        label={<>Dateline <span className="font-normal text-neutral-700 dark:text-neutral-300">(optional, where the story was filed, e.g. DOHA)</span></>}
        errors={fieldErrors.dateline}
      >
        <input name="dateline" value={dateline} onChange={(e) => { setDateline(e.target.value); markChanged(); }} disabled={readOnly} maxLength={60} className={inputClass} />
      </Field>

      <Field
        id="slug"
        label="Slug"
        hint={`The article’s address: /articles/${shownSlug || "…"}. Lowercase letters, digits and hyphens.${publishedAt ? " The old address of a published article keeps redirecting here." : ""}`}
        errors={fieldErrors.slug}
      >
        <input
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
          className={`${inputClass} font-mono text-sm`}
        />
      </Field>

      {!readOnly && isSchedulable(status, live, can) ? (
        <ScheduleField status={status} live={live} publishedAt={publishedAt} value={publishAt} onChange={setPublishAt} fieldErrors={fieldErrors} timeZone={timeZone} />
      ) : null}
    </>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-8" noValidate aria-busy={pending}>
      <div className="min-w-0 space-y-6">
        {id ? <input type="hidden" name="id" value={id} /> : null}
        {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
        <input type="hidden" name="slugEdited" value={slugEdited ? "1" : "0"} />

        {lockedOut && lock.held === "other" ? <EditLockBanner by={lock.by} since={lock.since} onTakeOver={() => void beat(true)} /> : null}

        {state.status === "error" ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
            {state.message}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="min-h-6 text-sm text-neutral-700 dark:text-neutral-300">{statusText}</p>
          {wide ? null : <SettingsOpener sheetRef={sheetRef} />}
        </div>

        {conflict ? <ConflictPanel conflict={conflict} headline={headline} bodyText={bodyText} disabled={pending || readOnly} /> : null}

        {/* The writing: in distraction-free mode it covers the screen and the rest is inert. */}
        <div ref={writingRef} className={focusMode ? "fixed inset-0 z-40 overflow-y-auto bg-neutral-50 px-4 py-6 dark:bg-neutral-950" : undefined}>
          <div className={focusMode ? "mx-auto max-w-3xl space-y-6" : "space-y-6"}>
            {focusMode ? <p className="text-sm text-neutral-700 dark:text-neutral-300">Distraction-free writing. Press Escape, or the Distraction-free button, to see everything again.</p> : null}
            <Field id="headline" label="Headline" hint={<LengthHint length={countCharacters(headline)} shown={HEADLINE_SEARCH_MAX} limit={HEADLINE_MAX} what="a title" />} errors={fieldErrors.headline}>
              <input name="headline" value={headline} onChange={(e) => { setHeadline(e.target.value); markChanged(); }} disabled={readOnly} required maxLength={HEADLINE_MAX} className={`${inputClass} font-serif text-2xl`} />
            </Field>

            <Field id="standfirst" label="Standfirst" hint={<LengthHint length={countCharacters(standfirst)} shown={STANDFIRST_SEARCH_MAX} limit={STANDFIRST_MAX} what="a description" />} errors={fieldErrors.standfirst}>
              <textarea name="standfirst" value={standfirst} onChange={(e) => { setStandfirst(e.target.value); markChanged(); }} disabled={readOnly} rows={2} maxLength={STANDFIRST_MAX} className={inputClass} />
            </Field>

            <div>
              <span id="body-label" className="block text-sm font-semibold">Body</span>
              <RichTextEditor
                name="body"
                labelId="body-label"
                initialContent={initial.body}
                editable={!readOnly}
                onEditor={setEditor}
                focusMode={readOnly ? undefined : { on: focusMode, toggle: () => setFocusMode((on) => !on) }}
                onChange={(doc) => {
                  setBodyText(documentToPlainText(doc));
                  setBodyDoc(doc);
                  markChanged();
                }}
              />
              <p id="body-count" className="mt-1 text-xs text-neutral-700 dark:text-neutral-300">
                {words === 1 ? "1 word" : `${words.toLocaleString("en-GB")} words`}
                {minutes ? ` · about ${minutes} min to read` : ""}
              </p>
              <FieldError id="body-error" messages={fieldErrors.body} />
            </div>
            {comments && id && !focusMode ? (
              // Under the editor: the side column holds the article's settings (issue 17, comments on drafts).
              <CommentsPanel
                editor={editor}
                articleId={id}
                version={version}
                threads={comments.threads}
                staff={staff}
                meId={comments.meId}
                canResolve={comments.canResolve}
                actions={comments.actions}
                isDirty={() => !readOnly && dirty.current}
                onAnchored={setAnchoredVersion}
                focusThreadId={comments.focusThreadId}
                timeZone={timeZone}
              />
            ) : null}
          </div>
        </div>

        <AppearancePanel
          article={{ slug: shownSlug, headline, standfirst, body: bodyDoc, image }}
          site={site}
          initial={initial}
          disabled={readOnly}
          errors={fieldErrors}
          onChange={markChanged}
        />

        {canPublishOrSchedule ? (
          // A new article with no byline chosen is signed by its author (saveArticle).
          <PrepublishChecklist headline={headline} standfirst={standfirst} body={bodyDoc} bylineCount={bylines.length || (initial.id ? 0 : 1)} tagCount={tags.length} />
        ) : null}

        {!readOnly ? <PublishControls status={status} live={live} can={can} pending={pending || !hydrated} fieldErrors={fieldErrors} /> : null}
      </div>

      <SettingsPanel wide={wide} sheetRef={sheetRef}>{settings}</SettingsPanel>
    </form>
  );
}

// A counter under the headline and standfirst: how long it is, and what that means.
function LengthHint({ length, shown, limit, what }: { length: number; shown: number; limit: number; what: string }) {
  const over = length > shown;
  return (
    <>
      <span className={over ? "font-semibold text-amber-900 dark:text-amber-200" : undefined}>
        {length} of {limit} characters.
      </span>{" "}
      {over ? `Search results cut ${what} after about ${shown}: put what matters first.` : `Search results show about ${shown} characters of ${what}.`}
    </>
  );
}
