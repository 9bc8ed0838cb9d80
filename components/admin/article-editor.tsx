"use client";

import { useState } from "react";
import { ArticleForm, type ArticleComments, type ArticleFormActions, type ArticleFormValues, type FormPermissions } from "@/components/admin/article-form";
import { IDLE, type FormAction } from "@/lib/actions/action-state";
import type { LockView } from "@/lib/articles/article-form-types";
import type { SiteIdentity } from "@/lib/seo/article-appearance";

type Recovered = ArticleFormValues & { savedAt: string; stale: boolean };

type Props = {
  initial: ArticleFormValues;
  autosave: Recovered | null;
  tagSuggestions: string[];
  staff: { id: string; name: string }[];
  sections?: { id: string; name: string; depth: number }[];
  can: FormPermissions;
  actions: ArticleFormActions & { discardAutosaveAction: FormAction };
  lock: LockView;
  timeZone: string;
  notice?: string;
  site: SiteIdentity;
  comments?: ArticleComments;
};

// The editor page's client side: offers to bring back words autosaved after the last
// explicit save, then hands the chosen values to the form.
export function ArticleEditor({ initial, autosave, actions, ...rest }: Props) {
  const [values, setValues] = useState(initial);
  const [offer, setOffer] = useState(autosave);
  const [generation, setGeneration] = useState(0);
  return (
    <>
      {offer ? (
        <div role="region" aria-label="Unsaved changes" className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          <p>
            You have changes autosaved at {new Date(offer.savedAt).toLocaleString("en-GB")} that were never saved.
            {offer.stale ? " The article has changed since; saving them will show you the differences first." : ""}
          </p>
          <span className="flex gap-2">
            <button
              type="button"
              className="rounded border border-sky-700 px-3 py-1 font-semibold"
              onClick={() => {
                setValues(offer);
                setGeneration((g) => g + 1);
                setOffer(null);
              }}
            >
              Recover my changes
            </button>
            <button
              type="button"
              className="rounded border border-neutral-400 px-3 py-1"
              onClick={async () => {
                const formData = new FormData();
                formData.set("id", initial.id ?? "");
                await actions.discardAutosaveAction(IDLE, formData);
                setOffer(null);
              }}
            >
              Discard them
            </button>
          </span>
        </div>
      ) : null}
      <ArticleForm key={generation} initial={values} actions={actions} {...rest} />
    </>
  );
}
