import "server-only";
import { db } from "@/lib/db";
import type { ArticleStatus, FrontRevisionKind } from "@/lib/generated/prisma/enums";
import { pinnedIds } from "@/lib/fronts/assign-stories";
import { defaultBlocks, frontBlocksSchema, HOME_FRONT, type FrontBlocks } from "@/lib/fronts/schema";
import { getLiveLayout } from "@/lib/fronts/get-live-layout";

export type StoryOption = { id: string; headline: string; status: ArticleStatus; publishedAt: Date | null; trashed: boolean };

export type FrontRevisionRow = {
  id: string;
  kind: FrontRevisionKind;
  liveFrom: Date | null;
  withdrawnAt: Date | null;
  createdAt: Date;
  authorName: string | null;
  /** Live now, waiting for its time, or neither. */
  state: "live" | "scheduled" | "past" | "draft" | "withdrawn";
};

export type FrontForEditing = {
  key: string;
  /** What the editor starts from: the newest revision (a saved draft included), else the live layout, else the default. */
  blocks: FrontBlocks;
  stories: StoryOption[];
  revisions: FrontRevisionRow[];
};

export const FRONT_HISTORY_SHOWN = 30;

export async function getFrontForEditing(key: string, now: Date): Promise<FrontForEditing> {
  const [latest, revisions, live] = await Promise.all([
    db.frontRevision.findFirst({ where: { front: { key } }, orderBy: { createdAt: "desc" }, select: { blocks: true } }),
    db.frontRevision.findMany({
      where: { front: { key } },
      orderBy: { createdAt: "desc" },
      take: FRONT_HISTORY_SHOWN,
      select: { id: true, kind: true, liveFrom: true, withdrawnAt: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.frontRevision.findFirst({
      where: { front: { key }, kind: { in: ["PUBLISH", "SCHEDULE", "RESTORE"] }, withdrawnAt: null, liveFrom: { lte: now } },
      orderBy: [{ liveFrom: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    }),
  ]);
  const parsed = latest ? frontBlocksSchema.safeParse(latest.blocks) : null;
  const blocks = parsed?.success ? parsed.data : (await getLiveLayout(key, now)).blocks ?? defaultBlocks();
  return {
    key,
    blocks,
    stories: await listStoryOptions(pinnedIds(blocks)),
    revisions: revisions.map((r) => ({
      id: r.id,
      kind: r.kind,
      liveFrom: r.liveFrom,
      withdrawnAt: r.withdrawnAt,
      createdAt: r.createdAt,
      authorName: r.author?.name ?? null,
      state: r.withdrawnAt ? "withdrawn" : !r.liveFrom ? "draft" : r.id === live?.id ? "live" : r.liveFrom > now ? "scheduled" : "past",
    })),
  };
}

const STORY_SELECT = { id: true, headline: true, status: true, publishedAt: true, deletedAt: true } as const;

function toOption(row: { id: string; headline: string; status: ArticleStatus; publishedAt: Date | null; deletedAt: Date | null }): StoryOption {
  return { id: row.id, headline: row.headline, status: row.status, publishedAt: row.publishedAt, trashed: row.deletedAt !== null };
}

export async function listStoryOptions(ids: string[]): Promise<StoryOption[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: STORY_SELECT });
  return rows.map(toOption);
}

export const STORY_SEARCH_MAX = 100;
export const STORY_SEARCH_RESULTS = 10;

/**
 * The front editor's search-as-you-type: published and scheduled stories (the ones a
 * front can show, now or at their time) whose headline contains the words, newest first.
 * Without words, the newest. Bounded input, bounded answer.
 */
export async function searchStoriesForFront(query: string): Promise<StoryOption[]> {
  const q = query.trim().slice(0, STORY_SEARCH_MAX);
  const rows = await db.article.findMany({
    where: { deletedAt: null, status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { not: null }, ...(q ? { headline: { contains: q, mode: "insensitive" } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: STORY_SEARCH_RESULTS,
    select: STORY_SELECT,
  });
  return rows.map(toOption);
}

export { HOME_FRONT };
