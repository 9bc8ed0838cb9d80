"use client";

import { useActionState, useEffect, useState, useTransition, type FormEvent } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { TagInput } from "@/components/admin/tag-input";
import { FeaturedImagePicker } from "@/components/admin/featured-image-picker";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { slugify } from "@/lib/content/slug";
import type { ContentDocument } from "@/lib/content/types";
import { saveArticleAction } from "@/app/(admin)/admin/articles/actions";

export type ArticleFormValues = {
  id?: string;
  version?: number;
  headline: string;
  standfirst: string;
  dateline?: string;
  slug: string;
  body: ContentDocument | null;
  tags: string[];
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
};

type Saved = { id: string; slug: string; version: number; status: ArticleFormValues["status"] };

type Props = {
  initial: ArticleFormValues;
  tagSuggestions: string[];
  canPublish: boolean;
  readOnly: boolean;
  notice?: string;
};

const inputClass =
  "mt-1 block w-full rounded border border-neutral-400 bg-white px-3 py-2 disabled:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-900 dark:disabled:bg-neutral-800";

export function ArticleForm({ initial, tagSuggestions, canPublish, readOnly, notice }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<Saved>, FormData>(saveArticleAction, IDLE);
  const [, startTransition] = useTransition();
  const [headline, setHeadline] = useState(initial.headline);
  const [standfirst, setStandfirst] = useState(initial.standfirst);
  const [slug, setSlug] = useState(initial.slug);
  // A new article's slug follows the headline until someone edits it.
  const [slugEdited, setSlugEdited] = useState(Boolean(initial.id));
  const [tags, setTags] = useState(initial.tags);
  const [saved, setSaved] = useState<Saved | null>(null);

  useEffect(() => {
    if (state.status === "success" && state.data) setSaved(state.data);
  }, [state]);

  const version = saved?.version ?? initial.version;
  const status = saved?.status ?? initial.status;
  const shownSlug = slugEdited ? slug : slugify(headline);
  const fieldErrors = state.status === "error" ? (state.fieldErrors ?? {}) : {};

  // Submitted by hand so React does not reset the form: after a refused save the
  // editor's words must stay on screen.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };

  const isPublished = status === "PUBLISHED";
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate aria-busy={pending}>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <input type="hidden" name="slugEdited" value={slugEdited ? "1" : "0"} />

      <FormMessage state={state} pending={pending} notice={notice} />

      <div>
        <label htmlFor="headline" className="block text-sm font-semibold">Headline</label>
        <input id="headline" name="headline" value={headline} onChange={(e) => setHeadline(e.target.value)} disabled={readOnly} required maxLength={200} aria-invalid={!!fieldErrors.headline} aria-describedby={fieldErrors.headline ? "headline-error" : undefined} className={`${inputClass} font-serif text-2xl`} />
        <FieldError id="headline-error" messages={fieldErrors.headline} />
      </div>

      <div>
        <label htmlFor="standfirst" className="block text-sm font-semibold">Standfirst</label>
        <textarea id="standfirst" name="standfirst" value={standfirst} onChange={(e) => setStandfirst(e.target.value)} disabled={readOnly} rows={2} maxLength={600} aria-invalid={!!fieldErrors.standfirst} className={inputClass} />
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
        </p>
        <FieldError id="slug-error" messages={fieldErrors.slug} />
      </div>

      <div>
        <span id="body-label" className="block text-sm font-semibold">Body</span>
        <RichTextEditor name="body" labelId="body-label" initialContent={initial.body} editable={!readOnly} />
        <FieldError id="body-error" messages={fieldErrors.body} />
      </div>

      <TagInput value={tags} onChange={setTags} suggestions={tagSuggestions} disabled={readOnly} error={fieldErrors.tags?.[0]} />

      <FeaturedImagePicker articleId={initial.id} disabled={readOnly} />

      {!readOnly ? (
        <div className="flex flex-wrap gap-3 border-t border-neutral-200 pt-6 dark:border-neutral-800">
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded border border-neutral-400 bg-white px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-900 dark:hover:bg-neutral-800">
            {isPublished ? "Update" : "Save draft"}
          </button>
          {canPublish && !isPublished ? (
            <button type="submit" name="intent" value="publish" disabled={pending} className="rounded bg-green-800 px-4 py-2 font-semibold text-white hover:bg-green-700 disabled:opacity-60">
              Publish
            </button>
          ) : null}
          {canPublish && isPublished ? (
            <button type="submit" name="intent" value="unpublish" disabled={pending} className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:text-red-300 dark:hover:bg-red-950">
              Unpublish
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function FormMessage({ state, pending, notice }: { state: ActionState<Saved>; pending: boolean; notice?: string }) {
  if (state.status === "error") {
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {state.message}
      </p>
    );
  }
  const text = pending ? "Saving…" : state.status === "success" ? state.message : notice;
  return (
    <p role="status" className="min-h-6 text-sm text-neutral-700 dark:text-neutral-300">
      {text}
    </p>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">{messages.join(" ")}</p>;
}
