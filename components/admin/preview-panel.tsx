"use client";

import { ActionForm } from "@/components/admin/action-form";
import type { FormAction } from "@/lib/actions/action-state";
import type { PreviewLinkSummary } from "@/lib/articles/preview-links";

type Props = {
  articleId: string;
  links: PreviewLinkSummary[];
  createPreviewAction: FormAction<{ url: string; expiresAt: string }>;
  revokePreviewAction: FormAction;
};

export function PreviewPanel({ articleId, links, createPreviewAction, revokePreviewAction }: Props) {
  const now = Date.now();
  return (
    <section aria-labelledby="preview-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="preview-heading" className="mb-2 font-semibold">Preview links</h2>
      <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">A private link to the current draft as readers will see it. Hidden from search engines.</p>
      <ActionForm
        action={createPreviewAction}
        label="Create a preview link"
        className="space-y-2"
        renderSuccess={(data) => (
          <p>
            <label className="block">
              Preview link
              <input readOnly value={data.url} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1 font-mono text-xs dark:border-neutral-600 dark:bg-neutral-900" />
            </label>
            Expires {new Date(data.expiresAt).toLocaleString("en-GB")}.
          </p>
        )}
      >
        <input type="hidden" name="articleId" value={articleId} />
        <label className="block text-sm">
          Expires after (hours)
          <input name="hours" type="number" min={1} max={336} defaultValue={48} className="ml-2 w-20 rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-900" />
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1 font-semibold dark:border-neutral-600">Create preview link</button>
      </ActionForm>
      {links.length ? (
        <ul className="mt-3 space-y-2 text-sm">
          {links.map((link) => {
            const state = link.revokedAt ? "revoked" : new Date(link.expiresAt).getTime() <= now ? "expired" : `expires ${new Date(link.expiresAt).toLocaleString("en-GB")}`;
            return (
              <li key={link.id} className="flex flex-wrap items-center gap-2">
                <span>Created by {link.createdBy}, {state}</span>
                {!link.revokedAt && state.startsWith("expires") ? (
                  <ActionForm action={revokePreviewAction} label="Revoke preview link">
                    <input type="hidden" name="articleId" value={articleId} />
                    <input type="hidden" name="linkId" value={link.id} />
                    <button type="submit" className="rounded border border-red-700 px-2 text-red-800 dark:text-red-300">Revoke</button>
                  </ActionForm>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
