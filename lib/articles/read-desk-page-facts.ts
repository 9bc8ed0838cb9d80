import "server-only";
import { db } from "@/lib/db";
import type { StaffMember } from "@/lib/articles/list-staff";

export type DeskPageFacts = { savedView: string; awaitingReview: number; staff: StaffMember[] };

// What the newsroom list shows besides its rows, read in one round trip: the person's
// saved view (lib/users/desk-view.ts), how many articles await review
// (countAwaitingReview) and the byline filter's people (listBylineCandidates, same
// rule and order). The list is the newsroom's most requested page, and each separate
// query cost about as much CPU in the ORM and the driver as the database spent on it.
export async function readDeskPageFacts(userId: string): Promise<DeskPageFacts> {
  const [row] = await db.$queryRaw<{ savedView: string | null; awaitingReview: number; staff: string }[]>`
    SELECT
      (SELECT desk_view FROM users WHERE id = ${userId}::uuid) AS "savedView",
      (SELECT count(*)::int FROM articles WHERE status = 'IN_REVIEW' AND deleted_at IS NULL) AS "awaitingReview",
      (SELECT coalesce(json_agg(json_build_array(s.id, s.name) ORDER BY s.name), '[]')::text
         FROM (SELECT id::text AS id, name FROM users WHERE active ORDER BY name LIMIT 1000) AS s) AS staff`;
  const staff = JSON.parse(row?.staff ?? "[]") as [string, string][];
  return { savedView: row?.savedView ?? "", awaitingReview: row?.awaitingReview ?? 0, staff: staff.map(([id, name]) => ({ id, name })) };
}
