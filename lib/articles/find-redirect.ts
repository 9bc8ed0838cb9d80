import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

// For a slug that is no longer any article's: the current slug of the public article
// that once had it (301), or null.
export async function findSlugRedirect(slug: string, now = new Date()): Promise<string | null> {
  const redirect = await db.slugRedirect.findUnique({
    where: { slug },
    select: { article: { select: { slug: true, status: true, publishedAt: true, deletedAt: true } } },
  });
  if (!redirect) return null;
  const visible = await db.article.count({ where: { slug: redirect.article.slug, ...publicArticleWhere(now) } });
  return visible ? redirect.article.slug : null;
}
