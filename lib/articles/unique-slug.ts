import "server-only";
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/content/slug";

// "talks-in-doha", then "talks-in-doha-2", "-3"…: for slugs derived from a headline.
export async function deriveUniqueSlug(tx: Tx, headline: string, exceptId?: string): Promise<string> {
  const base = slugify(headline) || "article";
  const taken = await tx.article.findMany({
    where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { slug: true },
  });
  const used = new Set(taken.map((a) => a.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 90)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
