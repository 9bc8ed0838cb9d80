import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { authorUrl, tagUrl } from "@/lib/content-api/article-representation";
import { decodeCursor, encodeCursor } from "@/lib/content-api/cursor";
import type { ApiAuthor, ApiTag } from "@/lib/content-api/schemas";

type Page<T> = { rows: T[]; nextCursor: string | null };
type ListParams = { limit: number; cursor?: string };

function pageOf<T extends { slug: string }>(rows: T[], limit: number): Page<T> {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor({ k: "slug", s: last.slug }) : null };
}

/**
 * Tags on at least one article readers can see, by slug. A tag made for an embargoed
 * story stays unlisted until the story is out, so the list cannot give a scoop away.
 */
export async function listApiTags(params: ListParams, now = new Date()): Promise<Page<ApiTag>> {
  const cursor = decodeCursor(params.cursor, ["slug"]);
  const rows = await db.tag.findMany({
    where: { articles: { some: { article: publicArticleWhere(now) } }, ...(cursor ? { slug: { gt: cursor.s } } : {}) },
    orderBy: { slug: "asc" },
    take: params.limit + 1,
    select: { id: true, name: true, slug: true, description: true },
  });
  return pageOf(rows.map((tag) => ({ ...tag, url: tagUrl(tag.slug) })), params.limit);
}

/** People with a byline on at least one article readers can see (as the site's author pages), by slug. */
export async function listApiAuthors(params: ListParams, now = new Date()): Promise<Page<ApiAuthor>> {
  const cursor = decodeCursor(params.cursor, ["slug"]);
  const rows = await db.user.findMany({
    where: { bylines: { some: { article: publicArticleWhere(now) } }, ...(cursor ? { slug: { gt: cursor.s } } : {}) },
    orderBy: { slug: "asc" },
    take: params.limit + 1,
    select: { id: true, name: true, slug: true, bio: true },
  });
  return pageOf(rows.map((user) => ({ ...user, url: authorUrl(user.slug) })), params.limit);
}
