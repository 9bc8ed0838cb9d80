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
import { PublishControls, type FormPermissions } from "@/components/admin/publish-controls";
import { PrepublishChecklist } from "@/components/admin/prepublish-checklist";
import { useEditLock } from "@/components/admin/use-edit-lock";
import { useAutosave } from "@/components/admin/use-autosave";
import { inputClass } from "@/components/admin/form-message";
import { Field, FieldError, readFieldErrors } from "@/components/admin/ui/field";
import { IDLE, type ActionState, type FormAction } from "@/lib/actions/action-state";
import { slugify } from "@/lib/content/slug";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import type { AutosaveResult, LockView, SaveResult } from "@/lib/articles/article-form-types";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
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
};

function isLive(status: ArticleStatus, publishedAt: string | null | undefined): boolean {
  return status === "PUBLISHED" || (status === "SCHEDULED" && !!publishedAt && new Date(publishedAt).getTime() <= Date.now());
}

export function ArticleForm({ initial, comments, tagSuggestions, staff, sections = [], can, actions, lock: initialLock, timeZone, notice }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<SaveResult>, FormData>(actions.saveArticleAction, IDLE);
  const router = useRouter();
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  // Unsaved changes since the last explicit save.
  const dirty = useRef(false);
  const [changes, setChanges] = useState(0);
  const [headline, setHeadline] = useState(initial.headline);
  const [standfirst, setStandfirst] = useState(initial.standfirst);
  const [slug, setSlug] = useState(initial.slug);
  // A new article's slug follows the headline until someone edits it.
  const [slugEdited, setSlugEdited] = useState(Boolean(initial.id));
  const [tags, setTags] = useState(initial.tags);
  const [bylines, setBylines] = useState(initial.bylines);
  const [bodyText, setBodyText] = useState(() => (initial.body ? documentToPlainText(initial.body) : ""));
  const [bodyDoc, setBodyDoc] = useState(initial.body);
  const [saved, setSaved] = useState<SaveResult["saved"] | null>(null);
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

  const statusText = pending ? "Saving…" : lastEvent === "autosave" && autosaveText ? autosaveText : state.status === "success" ? state.message : (notice ?? autosaveText ?? "");

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate aria-busy={pending}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="slugEdited" value={slugEdited ? "1" : "0"} />

      {lockedOut && lock.held === "other" ? <EditLockBanner by={lock.by} since={lock.since} onTakeOver={() => void beat(true)} /> : null}

      {state.status === "error" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
      <p role="status" className="min-h-6 text-sm text-neutral-700 dark:text-neutral-300">{statusText}</p>

      {conflict ? <ConflictPanel conflict={conflict} headline={headline} bodyText={bodyText} disabled={pending || readOnly} /> : null}

      <Field id="headline" label="Headline" errors={fieldErrors.headline}>
        <input name="headline" value={headline} onChange={(e) => { setHeadline(e.target.value); markChanged(); }} disabled={readOnly} required maxLength={200} className={`${inputClass} font-serif text-2xl`} />
      </Field>

      <Field id="standfirst" label="Standfirst" errors={fieldErrors.standfirst}>
        <textarea name="standfirst" value={standfirst} onChange={(e) => { setStandfirst(e.target.value); markChanged(); }} disabled={readOnly} rows={2} maxLength={600} className={inputClass} />
      </Field>

      <Field
        id="dateline"
        label={<>Dateline <span className="font-normal text-neutral-700 dark:text-neutral-300">(optional, where the story was filed, e.g. DOHA)</span></>}
        errors={fieldErrors.dateline}
      >
        <input name="dateline" defaultValue={initial.dateline ?? ""} disabled={readOnly} maxLength={60} className={inputClass} />
      </Field>

      <Field id="sectionId" label="Section" hint="The one section the story belongs to: its kicker, breadcrumbs and section page. Tags stay for topics." errors={fieldErrors.sectionId}>
        <select name="sectionId" defaultValue={initial.sectionId ?? ""} onChange={markChanged} disabled={readOnly} className={inputClass}>
          <option value="">No section</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>{`${"\u00a0\u00a0".repeat(s.depth)}${s.name}`}</option>
          ))}
        </select>
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

      <div className={comments && id ? "gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem]" : undefined}>
        <div>
          <span id="body-label" className="block text-sm font-semibold">Body</span>
          <RichTextEditor
            name="body"
            labelId="body-label"
            initialContent={initial.body}
            editable={!readOnly}
            onEditor={setEditor}
            onChange={(doc) => {
              setBodyText(documentToPlainText(doc));
              setBodyDoc(doc);
              markChanged();
            }}
          />
          <FieldError id="body-error" messages={fieldErrors.body} />
        </div>
        {comments && id ? (
          // Beside the editor on wide screens, under it otherwise (issue 17, comments on drafts).
          <div className="mt-4 lg:mt-6">
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
          </div>
        ) : null}
      </div>

      <TagInput value={tags} onChange={(next) => { setTags(next); markChanged(); }} suggestions={tagSuggestions} disabled={readOnly} error={fieldErrors.tags?.[0]} />

      <BylinePicker value={bylines} onChange={(next) => { setBylines(next); markChanged(); }} staff={staff} disabled={readOnly} error={fieldErrors.bylines?.[0]} />

      <FeaturedImagePicker articleId={initial.id} disabled={readOnly} actions={actions} />

      {!readOnly && (can.publish || can.schedule) ? (
        // A new article with no byline chosen is signed by its author (saveArticle).
        <PrepublishChecklist headline={headline} standfirst={standfirst} body={bodyDoc} bylineCount={bylines.length || (initial.id ? 0 : 1)} tagCount={tags.length} />
      ) : null}

      {!readOnly ? (
        <PublishControls status={status} live={live} publishedAt={publishedAt} can={can} pending={pending} fieldErrors={fieldErrors} timeZone={timeZone} />
      ) : null}
    </form>
  );
}
