import { Link } from "@/components/admin/ui/link";
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { DESK_PAGE_SIZE, listDeskArticles } from "@/lib/articles/list-desk-articles";
import { readDeskPageFacts } from "@/lib/articles/read-desk-page-facts";
import { effectiveStatus } from "@/lib/articles/transitions";
import { recordDueGoLives } from "@/lib/articles/record-go-lives";
import { tagSlugFor } from "@/lib/tags/ensure-tags";
import { ADMIN_SEARCH_PAGE_SIZE, searchArticles } from "@/lib/search/search-articles";
import { describeSearchTotals, SEARCH_QUERY_MAX } from "@/lib/search/search-query";
import type { DeskArticle } from "@/lib/articles/list-desk-articles";
import { Pagination } from "@/components/admin/ui/pagination";
import { DeskTable } from "@/components/admin/desk-table";
import { DESK_STATUSES, type DeskRow } from "@/lib/articles/desk-row";
import { StaffFilterSelect } from "@/components/admin/staff-filter-select";
import { DESK_VIEW_KEYS } from "@/lib/articles/desk-view";
import { forgetDeskViewAction, saveDeskViewAction } from "./desk-view-actions";
import { Field } from "@/components/admin/ui/field";
import { dateTimeFormat } from "@/lib/site";
import { maxPageFor, readPageParam } from "@/lib/page-param";
import { PageDepthNote } from "@/components/admin/page-depth-note";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES: { value: ArticleStatus; label: string }[] = [
  { value: "DRAFT", label: "Draft" },
  { value: "IN_REVIEW", label: "Awaiting review" },
  { value: "SCHEDULED", label: "Scheduled" },
  { value: "PUBLISHED", label: "Published" },
  { value: "UNPUBLISHED", label: "Unpublished" },
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AdminArticlesPage({ searchParams }: Props) {
  const user = await requireUser("/admin");
  const asked = await searchParams;
  // With no filter in the address, the list opens on the person's saved view, if any;
  // ?all=1 (Clear filters, Show all) is the list without it.
  const { savedView: saved, awaitingReview: awaiting, staff } = await readDeskPageFacts(user.id);
  const explicit = one(asked.all) === "1" || DESK_VIEW_KEYS.some((key) => asked[key] !== undefined);
  const usingSaved = Boolean(saved) && !explicit;
  const query = usingSaved ? { ...Object.fromEntries(new URLSearchParams(saved)), page: asked.page, done: asked.done } : asked;
  const statusParam = one(query.status);
  const status = STATUSES.find((s) => s.value === statusParam)?.value;
  const bylineParam = one(query.byline);
  const byline = bylineParam && UUID.test(bylineParam) ? bylineParam : undefined;
  // The tag as typed (a name or a slug) becomes the slug its name would get.
  const tagParam = (one(query.tag) ?? "").trim().slice(0, 96);
  const tag = tagParam ? tagSlugFor(tagParam) : undefined;
  const q = (one(query.q) ?? "").trim().slice(0, SEARCH_QUERY_MAX);
  // Past the deepest page (lib/page-param.ts): the last page, with a note saying so.
  const maxPage = maxPageFor(q ? ADMIN_SEARCH_PAGE_SIZE : DESK_PAGE_SIZE);
  const askedPage = readPageParam(query.page, q ? ADMIN_SEARCH_PAGE_SIZE : DESK_PAGE_SIZE);
  const page = askedPage ?? maxPage;
  const { articles, hasNext: hasMore, summary } = q
    ? await searchDesk(user, { q, page, status, bylineUserId: byline, tagSlug: tag })
    : { ...(await listDeskArticles({ page, status, bylineUserId: byline, tagSlug: tag })), summary: null };
  const filtered = Boolean(q || status || byline || tag);
  const hasNext = hasMore && page < maxPage;
  const done = one(query.done) === "trashed" ? "Moved to the trash. Editors can restore it for 30 days." : null;
  return (
    <>
      <div className="desk-head">
        <h1>Articles</h1>
        <div>
          {can(user, "article.restore_deleted") ? <Link href="/admin/trash">Trash</Link> : null}
          <Link href="/admin/articles/new">
            New article
          </Link>
        </div>
      </div>
      {done ? <p role="status" className="mb-4 text-sm">{done}</p> : null}
      {askedPage === null ? <PageDepthNote maxPage={maxPage} how="Search or filter by status, byline or tag to find older articles." /> : null}
      {awaiting > 0 ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <Link href="/admin?status=IN_REVIEW" className="font-semibold underline">
            {awaiting === 1 ? "1 article awaits review" : `${awaiting} articles await review`}
          </Link>
        </p>
      ) : null}
      <form method="get" action="/admin" aria-label="Filter articles" className="desk-filters">
        <Field id="filter-q" label="Search" labelClassName="">
          <input type="search" name="q" defaultValue={q} maxLength={SEARCH_QUERY_MAX} placeholder="Words in headline, text or tags" />
        </Field>
        <Field id="filter-status" label="Status" labelClassName="">
          <select name="status" defaultValue={status ?? ""}>
            <option value="">Any status</option>
            {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </Field>
        <Field id="filter-byline" label="Byline" labelClassName="">
          <StaffFilterSelect name="byline" options={staff.map((s) => [s.id, s.name])} defaultValue={byline ?? ""} emptyLabel="Anyone" />
        </Field>
        <Field id="filter-tag" label="Tag" labelClassName="">
          <input type="text" name="tag" defaultValue={tagParam} maxLength={96} placeholder="Any tag" className="w-36" />
        </Field>
        <button type="submit">Filter</button>
        {filtered ? <Link href={saved ? "/admin?all=1" : "/admin"} className="underline">Clear filters</Link> : null}
      </form>
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
        {usingSaved ? <p role="status">Showing your saved view.</p> : null}
        {usingSaved ? <Link href="/admin?all=1" className="underline">Show all articles</Link> : null}
        {filtered && !usingSaved ? (
          <form action={saveDeskViewAction}>
            {q ? <input type="hidden" name="q" value={q} /> : null}
            {status ? <input type="hidden" name="status" value={status} /> : null}
            {byline ? <input type="hidden" name="byline" value={byline} /> : null}
            {tagParam ? <input type="hidden" name="tag" value={tagParam} /> : null}
            <button type="submit" className="underline">Save as my view</button>
          </form>
        ) : null}
        {saved ? (
          <form action={forgetDeskViewAction}>
            <button type="submit" className="underline">Forget my view</button>
          </form>
        ) : null}
      </div>
      {summary ? <p className="mb-4 text-sm">{summary}</p> : null}
      <p className="desk-keys">
        Keys: <kbd>/</kbd> search, <kbd>j</kbd> and <kbd>k</kbd> move between headlines, <kbd>Enter</kbd> opens.
      </p>
      <DeskTable rows={toRows(articles)} searchId="filter-q" filtered={filtered} />
      <Pagination path="/admin" params={{ q: q || undefined, status, byline, tag }} page={page} hasNext={hasNext} />
    </>
  );
}

// With words to look for, the list is the newsroom's ranked full-text search; the
// summary says when only the most recently changed matches are listed.
async function searchDesk(
  user: Parameters<typeof searchArticles>[0],
  input: Parameters<typeof searchArticles>[1],
): Promise<{ articles: DeskArticle[]; hasNext: boolean; summary: string | null }> {
  await recordDueGoLives(); // its status filter sees a scheduled article that went live (issue 13)
  const results = await searchArticles(user, input);
  const limited = results.totalIsMinimum || results.ranked < results.total || results.searchedNewest !== null;
  return {
    articles: results.hits.map((h) => ({ ...h, bylines: h.bylines.map((b) => b.name), tags: h.tags.map((t) => t.name) })),
    hasNext: results.hasNext,
    summary: limited ? describeSearchTotals(results, input.q ?? "", "most recently changed") : null,
  };
}

// What the table shows, formatted here once: one date formatter for the page rather
// than one a cell, and strings rather than element trees in the page's payload.
function toRows(articles: DeskArticle[]): DeskRow[] {
  const format = dateTimeFormat();
  const now = new Date();
  return articles.map((a) => {
    const row: DeskRow = [
      a.id,
      a.headline,
      DESK_STATUSES.indexOf(effectiveStatus(a.status, a.publishedAt, now)),
      a.bylines.join(", "),
      a.tags.join(", "),
      Math.floor(a.updatedAt.getTime() / 1000),
      format.format(a.updatedAt),
    ];
    if (a.status === "SCHEDULED" && a.publishedAt && a.publishedAt > now) row.push(`for ${format.format(a.publishedAt)}`);
    return row;
  });
}
