import type { Metadata } from "next";
import { Link } from "@/components/admin/ui/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can, canChangeLiveEntry } from "@/lib/auth/permissions";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { dateToZonedLocal } from "@/lib/articles/zoned-time";
import { effectiveStatus } from "@/lib/articles/transitions";
import { excerptDocument } from "@/lib/content/plain-text";
import { getLiveCoverage } from "@/lib/live/coverage";
import { liveState } from "@/lib/live/live-state";
import { listDeskEntries } from "@/lib/live/read-live";
import { readPageParam } from "@/lib/page-param";
import { siteTimeZone } from "@/lib/site";
import { CoveragePanel, LiveEntryList, PostEntryForm } from "@/components/admin/live-desk";
import { Pagination } from "@/components/admin/ui/pagination";
import {
  deleteLiveEntryAction,
  editLiveEntryAction,
  endLiveCoverageAction,
  pinLiveEntryAction,
  postLiveEntryAction,
  setLiveCoverageAction,
} from "../../live-actions";

export const metadata: Metadata = { title: "Live coverage" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PER_PAGE = 50;

// The live desk (issue 14): several reporters post here at once; each entry is its own
// row, so nobody waits for the article's edit lock.
export default async function LiveDeskPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/live`);
  const article = UUID.test(id) ? await getArticleForEditing(id) : null;
  if (!article) notFound();
  const query = await searchParams;
  const page = readPageParam(query.page, PER_PAGE) ?? 1;
  const [coverage, desk] = await Promise.all([getLiveCoverage(article.id), listDeskEntries(article.id, page, PER_PAGE)]);
  const timeZone = siteTimeZone();
  const state = coverage ? liveState(coverage) : null;
  const shownStatus = effectiveStatus(article.status, article.publishedAt);
  const entries = desk.entries.map((entry) => ({
    id: entry.id,
    headline: entry.headline,
    body: entry.body,
    excerpt: excerptDocument(entry.body, 240),
    keyEvent: entry.keyEvent,
    pinned: entry.pinned,
    postedAt: entry.postedAt.toISOString(),
    editedAt: entry.editedAt?.toISOString() ?? null,
    author: entry.author?.name ?? null,
    canChange: canChangeLiveEntry(user, { authorId: entry.authorId }),
  }));
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Live coverage: {article.headline}</h1>
        <p className="flex items-center gap-3 text-sm">
          {state ? <span className="rounded bg-red-800 px-2 py-0.5 font-semibold uppercase text-white">{state === "live" ? "Live" : state === "ended" ? "Ended" : "Upcoming"}</span> : null}
          {shownStatus === "PUBLISHED" ? <Link href={`/articles/${article.slug}`} className="underline">View on site</Link> : null}
          <Link href={`/admin/articles/${article.id}`} className="underline">Edit article</Link>
        </p>
      </div>
      {shownStatus !== "PUBLISHED" ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          Readers see the live page once the article is published. Entries posted before then appear with it.
        </p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-8">
          {coverage && state !== "ended" ? (
            <section aria-labelledby="post-heading" className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
              <h2 id="post-heading" className="mb-3 font-semibold">New entry</h2>
              <PostEntryForm articleId={article.id} action={postLiveEntryAction} />
            </section>
          ) : (
            <p className="rounded border border-neutral-300 px-3 py-2 text-sm dark:border-neutral-700">
              {coverage ? "Coverage has ended: no new entries. An editor can reopen it." : "This article is not live coverage. An editor can start it here."}
            </p>
          )}
          <section aria-labelledby="entries-heading">
            <h2 id="entries-heading" className="mb-2 font-semibold">Entries</h2>
            <LiveEntryList entries={entries} canPin={can(user, "live.manage")} timeZone={timeZone} actions={{ postLiveEntryAction, editLiveEntryAction, pinLiveEntryAction, deleteLiveEntryAction }} />
            <Pagination path={`/admin/articles/${article.id}/live`} params={{}} page={desk.page} hasNext={desk.hasNext} />
          </section>
        </div>
        {can(user, "live.manage") ? (
          <section aria-labelledby="coverage-heading" className="h-fit rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
            <h2 id="coverage-heading" className="mb-3 font-semibold">Coverage</h2>
            <CoveragePanel
              articleId={article.id}
              timeZone={timeZone}
              coverage={coverage && state ? { startsAt: dateToZonedLocal(coverage.startsAt, timeZone).slice(0, 16), endsAt: coverage.endsAt ? dateToZonedLocal(coverage.endsAt, timeZone).slice(0, 16) : null, state } : null}
              setLiveCoverageAction={setLiveCoverageAction}
              endLiveCoverageAction={endLiveCoverageAction}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
