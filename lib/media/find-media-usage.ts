import "server-only";
import { db } from "@/lib/db";

export type MediaUsage = { articles: { id: string; headline: string; how: "body" | "featured" | "both" }[]; avatars: { id: string; name: string }[] };

// Where an image appears: in article bodies (figure nodes carry its id), as a featured
// image, or as someone's avatar.
export async function findMediaUsage(id: string): Promise<MediaUsage> {
  const rows = await db.$queryRaw<{ id: string; headline: string; in_body: boolean; featured: boolean }[]>`
    SELECT id::text AS id, headline,
           jsonb_path_exists(body, '$.** ? (@.type == "figure" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${id}::text)) AS in_body,
           featured_image_id = ${id}::uuid AS featured
    FROM articles
    WHERE featured_image_id = ${id}::uuid
       OR jsonb_path_exists(body, '$.** ? (@.type == "figure" && @.attrs.mediaId == $id)', jsonb_build_object('id', ${id}::text))
    ORDER BY updated_at DESC
    LIMIT 100`;
  const avatars = await db.user.findMany({ where: { avatarId: id }, select: { id: true, name: true } });
  return {
    articles: rows.map((r) => ({ id: r.id, headline: r.headline, how: r.in_body && r.featured ? "both" : r.featured ? "featured" : "body" })),
    avatars,
  };
}
