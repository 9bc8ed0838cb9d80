import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

// Recent revisions show what the article looked like before this save (old slug, old
// tags, old bylines): the pages that showed it then must change too.
const REVISIONS_LOOKED_AT = 6;
// Past this many neighbours sharing a tag, revalidate every article page at once.
export const RELATED_NEIGHBOURS_MAX = 200;

// Next tags a cached response with each app folder of its route (route group included),
// e.g. `/(site)/tags/[slug]/page/[n]/layout`; revalidatePath(route, "layout") expires
// every response under that folder.
export const ROUTES = {
  home: "/(site)/[[...page]]",
  tagPages: "/(site)/tags/[slug]/page/[n]",
  authorPages: "/(site)/authors/[slug]/page/[n]",
  articles: "/(site)/articles/[slug]",
  // issue-13: every section page, page n, feed and section front (a front may pin a story of any section).
  sections: "/(site)/sections/[...path]",
} as const;

export type AffectedPages = {
  /** Concrete paths to revalidate. */
  paths: string[];
  /**
   * Route patterns to revalidate as a whole (every page of a list, every article),
   * spelled as Next tags them: the app folder path, route group included.
   */
  routes: string[];
};

/**
 * Every public page that may show this article, before or after the change: the article
 * (old and new slugs), the front page and its pages, its tags' and authors' pages and
 * feeds, the site feed and sitemaps, the articles that list it as related, and the
 * articles whose body shows it as a card.
 */
export async function listAffectedPages(articleId: string): Promise<AffectedPages> {
  const [article, revisions] = await Promise.all([
    db.article.findUnique({
      where: { id: articleId },
      select: {
        slug: true,
        tags: { select: { tag: { select: { id: true, slug: true } } } },
        bylines: { select: { user: { select: { id: true, slug: true } } } },
      },
    }),
    db.revision.findMany({
      where: { articleId },
      orderBy: { createdAt: "desc" },
      take: REVISIONS_LOOKED_AT,
      select: { slug: true, tags: true, bylines: true },
    }),
  ]);

  const slugs = new Set<string>();
  const tagNames = new Set<string>();
  const userIds = new Set<string>();
  const tagIds = new Set<string>();
  if (article) {
    slugs.add(article.slug);
    for (const { tag } of article.tags) tagIds.add(tag.id);
    for (const { user } of article.bylines) userIds.add(user.id);
  }
  for (const revision of revisions) {
    slugs.add(revision.slug);
    for (const name of asStrings(revision.tags)) tagNames.add(name);
    for (const id of asStrings(revision.bylines)) userIds.add(id);
  }

  const [tags, users, neighbours, pickedBy, cardedBy] = await Promise.all([
    db.tag.findMany({
      where: { OR: [{ id: { in: [...tagIds] } }, { name: { in: [...tagNames], mode: "insensitive" } }] },
      // Old addresses too: they redirect only while the tag has a public article.
      select: { id: true, slug: true, redirects: { select: { fromSlug: true }, take: 20 } },
    }),
    db.user.findMany({ where: { id: { in: [...userIds] } }, select: { slug: true } }),
    db.article.findMany({
      where: { ...publicArticleWhere(), id: { not: articleId }, tags: { some: { tag: { OR: [{ id: { in: [...tagIds] } }, { name: { in: [...tagNames], mode: "insensitive" } }] } } } },
      select: { slug: true },
      take: RELATED_NEIGHBOURS_MAX + 1,
    }),
    db.relatedPick.findMany({ where: { pickedId: articleId }, select: { article: { select: { slug: true } } } }),
    // Articles whose body shows it as a card (its headline, or nothing once it is not public).
    db.articleCardLink.findMany({ where: { linkedId: articleId }, select: { article: { select: { slug: true } } } }),
  ]);

  // Feeds and sitemaps are cached like the pages: these paths are what expires them.
  const paths = new Set<string>(["/", "/feed.xml", "/sitemap.xml", "/news-sitemap.xml"]);
  const routes = new Set<string>([ROUTES.home, ROUTES.sections]);
  for (const slug of slugs) paths.add(`/articles/${slug}`);
  for (const tag of tags) {
    paths.add(`/tags/${tag.slug}`);
    paths.add(`/tags/${tag.slug}/feed.xml`);
    for (const { fromSlug } of tag.redirects) paths.add(`/tags/${fromSlug}`);
  }
  if (tags.length > 0) routes.add(ROUTES.tagPages);
  for (const user of users) {
    paths.add(`/authors/${user.slug}`);
    paths.add(`/authors/${user.slug}/feed.xml`);
  }
  if (users.length > 0) routes.add(ROUTES.authorPages);
  if (neighbours.length > RELATED_NEIGHBOURS_MAX) routes.add(ROUTES.articles);
  else for (const n of neighbours) paths.add(`/articles/${n.slug}`);
  for (const pick of pickedBy) paths.add(`/articles/${pick.article.slug}`);
  for (const card of cardedBy) paths.add(`/articles/${card.article.slug}`);
  return { paths: [...paths].sort(), routes: [...routes].sort() };
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
