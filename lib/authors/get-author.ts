import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

export type Author = { id: string; name: string; slug: string; bio: string };

/**
 * A person readers may see: someone with a byline on at least one article readers can
 * read. Staff without public work (administrators, a reporter's first drafts) stay
 * unlisted, so the staff list cannot be enumerated from the site.
 */
export async function getAuthorBySlug(slug: string): Promise<Author | null> {
  return db.user.findFirst({
    where: { slug, bylines: { some: { article: publicArticleWhere() } } },
    select: { id: true, name: true, slug: true, bio: true },
  });
}
