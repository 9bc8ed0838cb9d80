import "server-only";
import { limitSql, sql } from "@/lib/db/sql";
import { publicArticleSql } from "@/lib/articles/public-filter";
import { readPublicCardsInOrder, type ArticleCard } from "@/lib/articles/list-published-articles";

export const RELATED_MAX = 4;

/**
 * Related articles: an editor's pinned picks first (in their order), then the most
 * recent articles sharing a tag. Only what readers may see, never the article itself.
 *
 * One statement on every uncached article page: the picks' ids and the newest ids sharing
 * a tag make one list, and its first public articles come back as cards
 * (readPublicCardsInOrder: the public rule applies there, so a pick that is not public
 * drops out; a story both picked and sharing a tag counts as a pick; no body is read for
 * a story with a standfirst).
 *
 * The article's own tags are read once, as an array (an init plan), so each newer article
 * walked down the date index costs one index probe for "shares a tag"; written as
 * `IN (SELECT …)` PostgreSQL probed the article's tags once per tag of each walked article
 * (10,000 articles: 4,119 buffers and 6.5–11.6 ms against 1,066 and 1.5–4.1 ms).
 */
export function listRelatedArticles(articleId: string, limit = RELATED_MAX, now = new Date()): Promise<ArticleCard[]> {
  // `limit` newest sharing a tag are enough: they are public, so with the picks (a pick
  // that is not public drops out, one also sharing a tag counts once) the list always has
  // `limit` public stories when there are that many.
  const ids = sql`
    ARRAY(SELECT p.picked_id FROM related_picks p WHERE p.article_id = ${articleId}::uuid ORDER BY p.position)
    || ARRAY(SELECT a.id FROM articles a
             WHERE a.id <> ${articleId}::uuid
               AND EXISTS (SELECT 1 FROM article_tags shared WHERE shared.article_id = a.id
                             AND shared.tag_id = ANY (ARRAY(SELECT own.tag_id FROM article_tags own WHERE own.article_id = ${articleId}::uuid)))
               AND ${publicArticleSql("a", now)}
             ORDER BY a.published_at DESC, a.id DESC
             LIMIT ${limitSql(limit)})`;
  return readPublicCardsInOrder(ids, now, limit);
}
