import "server-only";
import type { Tx } from "@/lib/db";
import type { ArticleRef } from "@/lib/auth/permissions";

export type ArticleUsingMedia = ArticleRef & { id: string; headline: string; slug: string; publishedAt: Date | null; featured: boolean };

// The articles (not in the trash) that show an image: as a figure in the body or as the
// featured image. Read inside the caller's transaction and locked FOR SHARE, so no status
// or byline changes between the permission check and the change it guards.
export async function listArticlesUsingMedia(tx: Tx, mediaId: string): Promise<ArticleUsingMedia[]> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM articles
    WHERE deleted_at IS NULL
      AND (featured_image_id = ${mediaId}::uuid
           OR jsonb_path_exists(body, '$.** ? (@.type == "figure" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${mediaId}::text)))
    ORDER BY id
    FOR SHARE`;
  if (locked.length === 0) return [];
  const rows = await tx.article.findMany({
    where: { id: { in: locked.map((r) => r.id) } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, headline: true, slug: true, status: true, publishedAt: true, createdById: true, featuredImageId: true, bylines: { select: { userId: true } } },
  });
  return rows.map(({ bylines, featuredImageId, ...row }) => ({ ...row, featured: featuredImageId === mediaId, bylineUserIds: bylines.map((b) => b.userId) }));
}
