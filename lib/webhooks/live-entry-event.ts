import "server-only";
import type { Tx } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { articleEventData } from "@/lib/webhooks/article-event";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";

// `live_entry.posted`: a new entry in a live article readers can see. An entry posted into
// coverage that is not public yet (a live page prepared under embargo) is not announced,
// as a tag of an embargoed story is not: receivers hear of the article when it is published.
export async function reportLiveEntryPosted(tx: Tx, entry: { id: string; articleId: string; postedAt: Date; headline: string | null }, now: Date): Promise<void> {
  const visible = await tx.article.findFirst({ where: { id: entry.articleId, ...publicArticleWhere(now) }, select: { id: true } });
  if (!visible) return;
  const article = await articleEventData(tx, entry.articleId);
  await enqueueWebhookEvent(tx, {
    type: "live_entry.posted",
    data: { article, entry: { id: entry.id, headline: entry.headline, postedAt: entry.postedAt.toISOString(), url: `${article.url}/entries/${entry.id}` } },
    now,
  });
}
