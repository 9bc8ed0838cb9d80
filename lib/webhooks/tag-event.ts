import "server-only";
import type { Tx } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import { siteUrl } from "@/lib/site";

export type TagChange = "updated" | "renamed" | "merged" | "deleted";

// A tag with no public article is unknown to readers (docs/architecture.md, "Decisions"):
// a newsroom tags an embargoed story before it runs, and the tag must not be announced.
// So a tag change is sent only for a tag readers can see; ask before the change (a
// deleted or merged tag has lost its articles after it).
export async function isPublicTag(tx: Tx, tagId: string, now: Date): Promise<boolean> {
  const found = await tx.articleTag.findFirst({ where: { tagId, article: publicArticleWhere(now) }, select: { tagId: true } });
  return found !== null;
}

export type TagEventData = {
  change: TagChange;
  tag: { id: string; name: string; slug: string; url: string | null };
  /** renamed: the old name and slug (the old address redirects); merged: the tag merged away. */
  previous?: { id?: string; name: string; slug: string };
};

export async function reportTagChange(tx: Tx, data: TagEventData, now: Date): Promise<void> {
  await enqueueWebhookEvent(tx, { type: "tag.changed", data, now });
}

export function tagRef(tag: { id: string; name: string; slug: string }, exists = true): TagEventData["tag"] {
  return { id: tag.id, name: tag.name, slug: tag.slug, url: exists ? `${siteUrl()}/tags/${tag.slug}` : null };
}
