"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { zonedLocalToDate } from "@/lib/articles/zoned-time";
import { revalidateArticlePages } from "@/lib/cache/revalidate-public-pages";
import { AppError } from "@/lib/errors";
import { endLiveCoverage, setLiveCoverage } from "@/lib/live/coverage";
import { deleteLiveEntry, editLiveEntry, pinLiveEntry, postLiveEntry } from "@/lib/live/entries";
import { expireLivePages } from "@/lib/live/live-pages";
import { deleteLiveEntrySchema, editLiveEntrySchema, endLiveCoverageSchema, pinLiveEntrySchema, postLiveEntrySchema, setLiveCoverageSchema } from "@/lib/live/schema";
import { siteTimeZone } from "@/lib/site";
import type { ActionState } from "@/lib/actions/action-state";

// Live coverage (issue 14). Entries are their own rows: posting never touches the
// article's edit lock or version. After each change, the live article's cached pages
// (page, pages, poll document, feed) expire everywhere through its live tag; starting
// or ending coverage also changes fronts (the LIVE label), so those expire the article's
// pages as a save does.

const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC" });
const stamp = (now: Date) => `${TIME.format(now)} UTC`;

function readLocal(value: string | undefined, label: string): Date | undefined {
  if (!value) return undefined;
  const date = zonedLocalToDate(value, siteTimeZone());
  if (!date) throw new AppError("VALIDATION", `Enter the ${label} as a date and time, e.g. 2026-12-01 09:00.`);
  return date;
}

export const setLiveCoverageAction = defineAction({ permission: "live.manage", schema: setLiveCoverageSchema }, async (input, { user, ip, now }): Promise<ActionState> => {
  await setLiveCoverage(user, { articleId: input.articleId, startsAt: readLocal(input.startsAt, "start"), endsAt: readLocal(input.endsAt, "end") ?? null }, { ip, now });
  await revalidateArticlePages(input.articleId);
  expireLivePages(input.articleId);
  refresh();
  return { status: "success", message: `Coverage saved at ${stamp(now)}.` };
});

export const endLiveCoverageAction = defineAction({ permission: "live.manage", schema: endLiveCoverageSchema }, async ({ articleId }, { user, ip, now }): Promise<ActionState> => {
  await endLiveCoverage(user, articleId, { ip, now });
  await revalidateArticlePages(articleId);
  expireLivePages(articleId);
  refresh();
  return { status: "success", message: `Coverage ended at ${stamp(now)}. Every entry stays on the page.` };
});

export const postLiveEntryAction = defineAction(
  { permission: "live.post", schema: postLiveEntrySchema, rateLimit: { name: "live-entry", by: "user", max: 120, windowSeconds: 60 } },
  async (input, { user, ip, now }): Promise<ActionState<{ entryId: string }>> => {
    const entry = await postLiveEntry(user, input, { ip, now });
    expireLivePages(input.articleId);
    refresh();
    return { status: "success", message: `Posted at ${stamp(now)}.`, data: { entryId: entry.id } };
  },
);

export const editLiveEntryAction = defineAction({ permission: "live.post", schema: editLiveEntrySchema }, async (input, { user, ip, now }): Promise<ActionState> => {
  const { articleId } = await editLiveEntry(user, input, { ip, now });
  expireLivePages(articleId);
  refresh();
  return { status: "success", message: `Updated at ${stamp(now)}.` };
});

export const pinLiveEntryAction = defineAction({ permission: "live.manage", schema: pinLiveEntrySchema }, async (input, { user, ip, now }): Promise<ActionState> => {
  const { articleId } = await pinLiveEntry(user, input, { ip, now });
  expireLivePages(articleId);
  refresh();
  return { status: "success", message: input.pinned ? "Pinned." : "Unpinned." };
});

export const deleteLiveEntryAction = defineAction({ permission: "live.post", schema: deleteLiveEntrySchema }, async ({ entryId }, { user, ip, now }): Promise<ActionState> => {
  const { articleId } = await deleteLiveEntry(user, entryId, { ip, now });
  expireLivePages(articleId);
  refresh();
  return { status: "success", message: "Deleted. Its history is kept." };
});
