import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentDocument } from "@/lib/content/types";
import { boundPage } from "@/lib/page-param";
import { LIVE_PAGE_SIZE } from "@/lib/live/live-state";

// Reads for the live page, its poll document, feed and JSON-LD, and the content API
// (listLiveEntriesForApi): entries not deleted, in a stable order (posted time, then id,
// since concurrent posts may share a millisecond).

export type LiveEntryView = {
  id: string;
  headline: string;
  body: ContentDocument;
  keyEvent: boolean;
  pinned: boolean;
  postedAt: Date;
  editedAt: Date | null;
  author: { name: string; slug: string } | null;
};

export type LiveOrder = "newest" | "oldest";

const ENTRY_SELECT = {
  id: true,
  headline: true,
  body: true,
  keyEvent: true,
  pinned: true,
  postedAt: true,
  editedAt: true,
  author: { select: { name: true, slug: true } },
} satisfies Prisma.LiveEntrySelect;

type EntryRow = Prisma.LiveEntryGetPayload<{ select: typeof ENTRY_SELECT }>;
const toView = (row: EntryRow): LiveEntryView => ({ ...row, body: row.body as ContentDocument });

function orderBy(order: LiveOrder): Prisma.LiveEntryOrderByWithRelationInput[] {
  const direction = order === "newest" ? "desc" : "asc";
  return [{ postedAt: direction }, { id: direction }];
}

/** One page of entries, newest or oldest first. Past the deepest page nothing is read. */
export async function listLiveEntries(
  articleId: string,
  options: { order?: LiveOrder; page?: number; perPage?: number } = {},
): Promise<{ entries: LiveEntryView[]; page: number; hasNext: boolean }> {
  const perPage = options.perPage ?? LIVE_PAGE_SIZE;
  const page = boundPage(options.page, perPage);
  if (page === null) return { entries: [], page: Math.floor(options.page ?? 1), hasNext: false };
  const rows = await db.liveEntry.findMany({
    where: { articleId, deletedAt: null },
    orderBy: orderBy(options.order ?? "newest"),
    skip: (page - 1) * perPage,
    take: perPage + 1,
    select: ENTRY_SELECT,
  });
  return { entries: rows.slice(0, perPage).map(toView), page, hasNext: rows.length > perPage };
}

/** Key events, oldest first (the jump list reads as a timeline). Bounded. */
export async function listKeyEvents(articleId: string, limit = 50): Promise<LiveEntryView[]> {
  const rows = await db.liveEntry.findMany({ where: { articleId, deletedAt: null, keyEvent: true }, orderBy: orderBy("newest"), take: limit, select: ENTRY_SELECT });
  return rows.reverse().map(toView);
}

/** Pinned entries, newest first, shown above the stream. Bounded. */
export async function listPinnedEntries(articleId: string, limit = 5): Promise<LiveEntryView[]> {
  const rows = await db.liveEntry.findMany({ where: { articleId, deletedAt: null, pinned: true }, orderBy: orderBy("newest"), take: limit, select: ENTRY_SELECT });
  return rows.map(toView);
}

export type LiveVersion = { count: number; lastChangedAt: Date | null };

/**
 * How many entries there are and when any was last posted, edited or deleted: what the
 * reader script compares to know something changed. One indexed aggregate.
 */
export async function readLiveVersion(articleId: string): Promise<LiveVersion> {
  const [row] = await db.$queryRaw<{ count: bigint; last: Date | null }[]>`
    SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS count,
           max(greatest(posted_at, edited_at, deleted_at)) AS last
    FROM live_entries WHERE article_id = ${articleId}::uuid`;
  return { count: Number(row?.count ?? 0), lastChangedAt: row?.last ?? null };
}

/** The (1-based) position of an entry counting from the oldest, for its permanent link; null when gone. */
export async function findLiveEntryPosition(articleId: string, entryId: string): Promise<number | null> {
  const entry = await db.liveEntry.findFirst({ where: { id: entryId, articleId, deletedAt: null }, select: { postedAt: true, id: true } });
  if (!entry) return null;
  const before = await db.liveEntry.count({
    where: { articleId, deletedAt: null, OR: [{ postedAt: { lt: entry.postedAt } }, { postedAt: entry.postedAt, id: { lt: entry.id } }] },
  });
  return before + 1;
}

export type DeskEntry = LiveEntryView & { authorId: string | null };

/** The newsroom's list: newest first, with who posted each. */
export async function listDeskEntries(articleId: string, page = 1, perPage = 50): Promise<{ entries: DeskEntry[]; hasNext: boolean; page: number }> {
  const bounded = boundPage(page, perPage) ?? 1;
  const rows = await db.liveEntry.findMany({
    where: { articleId, deletedAt: null },
    orderBy: orderBy("newest"),
    skip: (bounded - 1) * perPage,
    take: perPage + 1,
    select: { ...ENTRY_SELECT, authorId: true },
  });
  return { entries: rows.slice(0, perPage).map((row) => ({ ...toView(row), authorId: row.authorId })), hasNext: rows.length > perPage, page: bounded };
}

export type LiveEntryApiRow = LiveEntryView & { updatedAt: Date; author: { id: string; name: string; slug: string } | null };

/**
 * The content API's pages (issue 16): newest first by posting time, then id, after a
 * keyset cursor (stable while entries are posted), optionally only entries posted,
 * edited, pinned or unpinned at or after `updatedSince` (every such change writes a
 * revision, so the revisions' times say when an entry last changed). Deleted entries never.
 */
export async function listLiveEntriesForApi(
  articleId: string,
  options: { limit: number; after?: { postedAt: Date; id: string } | null; updatedSince?: Date },
): Promise<{ entries: LiveEntryApiRow[]; hasNext: boolean }> {
  const { after, updatedSince } = options;
  const rows = await db.liveEntry.findMany({
    where: {
      articleId,
      deletedAt: null,
      ...(after ? { OR: [{ postedAt: { lt: after.postedAt } }, { postedAt: after.postedAt, id: { lt: after.id } }] } : {}),
      ...(updatedSince
        ? { AND: [{ OR: [{ postedAt: { gte: updatedSince } }, { editedAt: { gte: updatedSince } }, { revisions: { some: { createdAt: { gte: updatedSince } } } }] }] }
        : {}),
    },
    orderBy: orderBy("newest"),
    take: options.limit + 1,
    select: { ...ENTRY_SELECT, author: { select: { id: true, name: true, slug: true } }, revisions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } } },
  });
  const entries = rows.slice(0, options.limit).map(({ revisions, ...row }) => {
    const times = [row.postedAt, row.editedAt, revisions[0]?.createdAt].filter((t): t is Date => t instanceof Date);
    return { ...row, body: row.body as ContentDocument, updatedAt: new Date(Math.max(...times.map((t) => t.getTime()))) };
  });
  return { entries, hasNext: rows.length > options.limit };
}
