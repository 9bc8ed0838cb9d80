import "server-only";
import { countAwaitingReview } from "@/lib/articles/list-desk-articles";
import { listBylineCandidates, type StaffMember } from "@/lib/articles/list-staff";
import { findDeskView } from "@/lib/users/desk-view";

export type DeskPageFacts = { savedView: string; awaitingReview: number; staff: StaffMember[] };

// What the newsroom list shows besides its rows, read side by side through the services
// that own each rule: the person's saved view (which the list's own query depends on, so
// it was a round trip of its own before), how many articles await review and the byline
// filter's people. Queries sent together cost little more CPU than one sent alone.
export async function readDeskPageFacts(userId: string): Promise<DeskPageFacts> {
  const [savedView, awaitingReview, staff] = await Promise.all([findDeskView(userId), countAwaitingReview(), listBylineCandidates()]);
  return { savedView, awaitingReview, staff };
}
