"use client";

import { useState } from "react";
import { Field } from "@/components/admin/ui/field";
import { inputClass } from "@/components/admin/form-message";
import { SEO_TITLE_MAX, SOCIAL_DESCRIPTION_MAX, SOCIAL_TITLE_MAX } from "@/lib/articles/schema";
import {
  describeArticleAppearance,
  SEARCH_DESCRIPTION_SHOWN,
  SEARCH_TITLE_SHOWN,
  searchResultAddress,
  truncateForSearch,
  type ArticleAppearanceInput,
  type SiteIdentity,
} from "@/lib/seo/article-appearance";

export type AppearanceOverrides = { seoTitle: string; socialTitle: string; socialDescription: string };

type Props = {
  /** The form's current values (the overrides are this panel's own fields). */
  article: Omit<ArticleAppearanceInput, keyof AppearanceOverrides>;
  site: SiteIdentity;
  initial: Partial<Record<keyof AppearanceOverrides, string | null>>;
  disabled?: boolean;
  errors: Record<string, string[] | undefined>;
  onChange: () => void;
};

// "How it will look": the search title, social title and social description, and previews
// of a search result and a social card drawn from describeArticleAppearance, the function
// the reader page's metadata is built from. An empty field means the default, shown as
// its placeholder.
export function AppearancePanel({ article, site, initial, disabled, errors, onChange }: Props) {
  const [values, setValues] = useState<AppearanceOverrides>({
    seoTitle: initial.seoTitle ?? "",
    socialTitle: initial.socialTitle ?? "",
    socialDescription: initial.socialDescription ?? "",
  });
  const look = describeArticleAppearance({ ...article, ...values }, site);
  const set = (key: keyof AppearanceOverrides) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    onChange();
  };
  const host = searchResultAddress(site.url).split(" › ")[0] ?? site.url;

  return (
    <fieldset className="space-y-4 rounded border border-neutral-300 p-3 dark:border-neutral-700">
      <legend className="px-1 text-sm font-semibold">How it will look</legend>
      <Field id="seoTitle" label="Search title" hint={`The page title in search results; empty: the headline. Search results show about ${SEARCH_TITLE_SHOWN} characters, the site's name included.`} errors={errors.seoTitle}>
        <input name="seoTitle" value={values.seoTitle} onChange={set("seoTitle")} placeholder={look.defaults.title} disabled={disabled} maxLength={SEO_TITLE_MAX} className={inputClass} />
      </Field>
      <Field id="socialTitle" label="Social title" hint="The title on shared links (Open Graph, X, Bluesky…); empty: the headline." errors={errors.socialTitle}>
        <input name="socialTitle" value={values.socialTitle} onChange={set("socialTitle")} placeholder={look.defaults.socialTitle} disabled={disabled} maxLength={SOCIAL_TITLE_MAX} className={inputClass} />
      </Field>
      <Field id="socialDescription" label="Social description" hint="The text on shared links; empty: the standfirst, else the body's opening." errors={errors.socialDescription}>
        <textarea name="socialDescription" value={values.socialDescription} onChange={set("socialDescription")} placeholder={look.defaults.socialDescription} disabled={disabled} rows={2} maxLength={SOCIAL_DESCRIPTION_MAX} className={inputClass} />
      </Field>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-label="Search result preview" className="rounded border border-neutral-200 bg-white p-3 dark:border-neutral-800 dark:bg-neutral-900">
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">In search results</h3>
          <p className="truncate text-xs text-neutral-700 dark:text-neutral-300" data-preview="address">{searchResultAddress(look.url)}</p>
          <p className="text-lg leading-snug text-blue-800 dark:text-sky-300" data-preview="title">{truncateForSearch(look.documentTitle, SEARCH_TITLE_SHOWN)}</p>
          <p className="text-sm text-neutral-700 dark:text-neutral-300" data-preview="description">
            {look.description ? truncateForSearch(look.description, SEARCH_DESCRIPTION_SHOWN) : <em>No description: write a standfirst or the body.</em>}
          </p>
        </section>

        <section aria-label="Social card preview" className="overflow-hidden rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
          <h3 className="px-3 pt-3 text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">On social media</h3>
          <div className="m-3 overflow-hidden rounded border border-neutral-200 dark:border-neutral-700">
            {look.image ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={article.image?.url} alt={look.image.alt ?? ""} className="aspect-[1.91/1] w-full object-cover" data-preview="image" />
            ) : (
              <p className="bg-neutral-100 px-3 py-2 text-xs text-neutral-600 dark:bg-neutral-800 dark:text-neutral-400">No featured image: a small card without a picture.</p>
            )}
            <div className="space-y-1 px-3 py-2">
              <p className="text-xs uppercase text-neutral-600 dark:text-neutral-400" data-preview="site">{host}</p>
              <p className="font-semibold leading-snug" data-preview="social-title">{look.socialTitle || <em>No title yet</em>}</p>
              <p className="line-clamp-2 text-sm text-neutral-700 dark:text-neutral-300" data-preview="social-description">{look.socialDescription}</p>
            </div>
          </div>
        </section>
      </div>
    </fieldset>
  );
}
