import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

// A tag as readers know it: one with at least one public article. A tag whose
// articles are all drafts or scheduled answers exactly as an unknown one, so its
// address cannot confirm an embargoed story (issue #11, item 5); it appears with its
// first public article, as an author does.
export function getTagBySlug(slug: string) {
  return db.tag.findFirst({ where: { slug, articles: { some: { article: publicArticleWhere() } } }, select: { id: true, name: true, slug: true, description: true } });
}
