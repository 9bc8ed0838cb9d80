import "server-only";
import { db } from "@/lib/db";

export async function getAdminTag(id: string) {
  const tag = await db.tag.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } }, redirects: { select: { fromSlug: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!tag) return null;
  const { _count, redirects, ...rest } = tag;
  return { ...rest, articleCount: _count.articles, oldSlugs: redirects.map((r) => r.fromSlug) };
}
