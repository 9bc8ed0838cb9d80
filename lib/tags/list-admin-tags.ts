import "server-only";
import { db } from "@/lib/db";

export type AdminTagRow = { id: string; name: string; slug: string; description: string; articleCount: number };

export async function listAdminTags(options: { query?: string } = {}): Promise<AdminTagRow[]> {
  const q = options.query?.trim().slice(0, 100);
  const tags = await db.tag.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }] } : undefined,
    select: { id: true, name: true, slug: true, description: true, _count: { select: { articles: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
  return tags.map(({ _count, ...t }) => ({ ...t, articleCount: _count.articles }));
}
