import "server-only";
import { db } from "@/lib/db";
import { frontBlocksSchema, type FrontBlocks } from "@/lib/fronts/schema";

const LIVE_KINDS = ["PUBLISH", "SCHEDULE", "RESTORE"] as const;

export type LiveLayout = {
  /** What readers see now; null: no layout was ever published (the default layout applies). */
  blocks: FrontBlocks | null;
  /** When the next scheduled layout takes over: no cached copy of the front may outlive it. */
  nextLayoutAt: Date | null;
};

/**
 * The layout live at `now`: the published, scheduled or restored revision with the latest
 * live_from at or before now that was not withdrawn. A scheduled layout needs no job: once
 * its time has come this query returns it, and the front's cached copy ends at that time
 * (nextLayoutAt, folded into the page lifetime like an embargo). Two index reads
 * (front_revisions_front_id_live_from_idx).
 */
export async function getLiveLayout(key: string, now: Date): Promise<LiveLayout> {
  const base = { front: { key }, kind: { in: [...LIVE_KINDS] }, withdrawnAt: null };
  const [live, next] = await Promise.all([
    db.frontRevision.findFirst({ where: { ...base, liveFrom: { lte: now } }, orderBy: [{ liveFrom: "desc" }, { createdAt: "desc" }], select: { blocks: true } }),
    db.frontRevision.findFirst({ where: { ...base, liveFrom: { gt: now } }, orderBy: { liveFrom: "asc" }, select: { liveFrom: true } }),
  ]);
  // Stored layouts were validated on write; one that no longer parses (a block type
  // removed later) falls back to the default rather than failing the front.
  const parsed = live ? frontBlocksSchema.safeParse(live.blocks) : null;
  return { blocks: parsed?.success ? parsed.data : null, nextLayoutAt: next?.liveFrom ?? null };
}
