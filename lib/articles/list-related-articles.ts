import "server-only";
import { db } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { publicArticleSql } from "@/lib/articles/public-filter";
import { readPublicCards, type ArticleCard } from "@/lib/articles/list-published-articles";

export const RELATED_MAX = 4;

/**
 * Related articles: an editor's pinned picks first (in their order), then the most
 * recent articles sharing a tag. Only what readers may see, never the article itself.
 *
 * Two round trips on every uncached article page: the picks' ids and the newest ids
 * sharing a tag side by side (enough of them to fill every place even if no pick is
 * public), then every card at once through readPublicCards, which applies the public
 * rule again (a pick that is not public drops out there) and reads no body for a story
 * with a standfirst.
 */
export async function listRelatedArticles(articleId: string, limit = RELATED_MAX, now = new Date()): Promise<ArticleCard[]> {
  const [picks, sharingTag] = await Promise.all([
    db.relatedPick.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { pickedId: true } }),
    queryDb<{ id: string }>(sql`
      SELECT a.id::text AS id FROM articles a
      WHERE a.id <> ${articleId}::uuid
        AND EXISTS (SELECT 1 FROM article_tags shared WHERE shared.article_id = a.id
                      AND shared.tag_id IN (SELECT own.tag_id FROM article_tags own WHERE own.article_id = ${articleId}::uuid))
        AND ${publicArticleSql("a", now)}
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${limit * 2}`),
  ]);
  // Picks first, in their order; a story both picked and sharing a tag shows once.
  const ids = [...new Set([...picks.map((p) => p.pickedId), ...sharingTag.map((r) => r.id)])];
  const cards = await readPublicCards(ids, now);
  return ids.flatMap((id) => cards.get(id) ?? []).slice(0, limit);
}
