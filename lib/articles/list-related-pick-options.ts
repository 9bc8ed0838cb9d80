import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

export type RelatedPickOption = { id: string; headline: string };

/** For the editor's picker: the article's current picks, then recent public articles. */
export async function listRelatedPickOptions(articleId: string | undefined, limit = 100): Promise<{ picked: string[]; options: RelatedPickOption[] }> {
  const [picks, recent] = await Promise.all([
    articleId
      ? db.relatedPick.findMany({ where: { articleId }, orderBy: { position: "asc" }, select: { picked: { select: { id: true, headline: true } } } })
      : Promise.resolve([]),
    db.article.findMany({
      where: { AND: [publicArticleWhere(), articleId ? { id: { not: articleId } } : {}] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, headline: true },
    }),
  ]);
  const options = new Map<string, RelatedPickOption>();
  for (const p of picks) options.set(p.picked.id, p.picked);
  for (const r of recent) options.set(r.id, r);
  return { picked: picks.map((p) => p.picked.id), options: [...options.values()] };
}
