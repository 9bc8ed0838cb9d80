import "server-only";
import type { Tx } from "@/lib/db";
import { anchorQuote } from "@/lib/content/anchor-comment";
import { listCommentThreadIds } from "@/lib/content/comment-mark";
import type { ContentDocument } from "@/lib/content/types";

/**
 * A save based on version `base` when the article is at `current`: if every version
 * in between only started a comment thread (its mark is all that changed), the save
 * may go ahead, and those threads' marks are put on the same words of the saved text
 * (found by their quote; a thread whose words the save no longer has is left "on
 * deleted text"). Returns the body to store and the threads marked in it (the saving
 * editor marks them too, so its next save keeps them), or null when something else changed in
 * between (then the save is a real conflict).
 */
export type CarriedAnchors = { body: ContentDocument; carried: { threadId: string; quote: string }[] };

export async function carryCommentAnchors(tx: Tx, articleId: string, base: number, current: number, body: ContentDocument): Promise<CarriedAnchors | null> {
  if (base >= current) return null;
  const threads = await tx.commentThread.findMany({
    where: { articleId, anchoredVersion: { gt: base, lte: current } },
    orderBy: { anchoredVersion: "asc" },
    select: { id: true, quote: true, anchoredVersion: true },
  });
  if (threads.length !== current - base) return null;
  const present = new Set(listCommentThreadIds(body));
  let carriedBody = body;
  const carried: CarriedAnchors["carried"] = [];
  for (const thread of threads) {
    if (present.has(thread.id)) continue;
    const marked = anchorQuote(carriedBody, thread.quote, thread.id);
    if (!marked) continue;
    carriedBody = marked;
    carried.push({ threadId: thread.id, quote: thread.quote });
  }
  return { body: carriedBody, carried };
}
