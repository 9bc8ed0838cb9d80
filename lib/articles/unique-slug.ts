import "server-only";
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/content/slug";

// "talks-in-doha", then "talks-in-doha-2", "-3"…: for slugs derived from a headline.
// Slugs kept as redirects for other articles are taken too.
export async function deriveUniqueSlug(tx: Tx, headline: string, exceptId?: string): Promise<string> {
  const base = slugify(headline) || "article";
  const [taken, redirects] = await Promise.all([
    tx.article.findMany({
      where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { slug: true },
    }),
    tx.slugRedirect.findMany({
      where: { slug: { startsWith: base }, ...(exceptId ? { articleId: { not: exceptId } } : {}) },
      select: { slug: true },
    }),
  ]);
  const used = new Set([...taken, ...redirects].map((a) => a.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 90)}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
