import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { selectFor, type ArticleApiRow } from "@/lib/content-api/article-representation";
import { visibleWhere, type Visibility } from "@/lib/content-api/list-api-articles";
import type { ArticleInclude } from "@/lib/content-api/params";

export type ArticleLookup =
  | { kind: "found"; row: ArticleApiRow }
  | { kind: "gone"; id: string }
  | { kind: "moved"; slug: string }
  | { kind: "not_found" };

const isUuid = (ref: string) => z.uuid().safeParse(ref).success;

/**
 * One article by id or slug, as the client may see it. An article that readers could see
 * once and no longer can (unpublished, in the trash, expired: anything the visibility
 * rule now refuses after its publication time) is gone, with its id, so a client can
 * remove its copy. One that was never public (a draft, or embargoed until later) is
 * simply not found: its existence is not revealed.
 */
export async function getApiArticle(ref: string, visibility: Visibility, include: readonly ArticleInclude[], now = new Date()): Promise<ArticleLookup> {
  const key = isUuid(ref) ? { id: ref } : { slug: ref };
  const row = (await db.article.findFirst({ where: { AND: [key, visibleWhere(visibility, now)] }, select: selectFor(include) })) as unknown as ArticleApiRow | null;
  if (row) return { kind: "found", row };
  const other = await db.article.findFirst({ where: key, select: { id: true, publishedAt: true, status: true } });
  if (other) {
    // Published, scheduled or unpublished with a publication time passed: it was out.
    // (A story goes to the trash only once unpublished.) Drafts and stories in review
    // were never out, or were sent back before anyone outside saw them.
    const wasPublic = other.publishedAt !== null && other.publishedAt <= now && other.status !== "DRAFT" && other.status !== "IN_REVIEW";
    return wasPublic ? { kind: "gone", id: other.id } : { kind: "not_found" };
  }
  // An old slug of a public article leads to its current one, as on the site.
  if (!("slug" in key)) return { kind: "not_found" };
  const current = await findSlugRedirect(ref, now);
  return current ? { kind: "moved", slug: current } : { kind: "not_found" };
}
