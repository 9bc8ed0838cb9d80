import "server-only";
import { db } from "@/lib/db";
import { publicArticleWhere } from "@/lib/articles/public-filter";

// The sitemap protocol allows 50,000 URLs per file.
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { path: string; lastModified: Date };

/** Every public article, and the tag, author and section pages that list at least one. */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const where = publicArticleWhere();
  const [articles, tags, authors, sections] = await Promise.all([
    db.article.findMany({ where, orderBy: { publishedAt: "desc" }, take: SITEMAP_MAX_URLS - 2300, select: { slug: true, updatedAt: true, publishedAt: true } }),
    db.tag.findMany({ where: { articles: { some: { article: where } } }, orderBy: { slug: "asc" }, take: 1000, select: { slug: true, updatedAt: true } }),
    db.user.findMany({ where: { bylines: { some: { article: where } } }, orderBy: { slug: "asc" }, take: 999, select: { slug: true, updatedAt: true } }),
    // issue-13: sections (bounded by SECTIONS_MAX) that hold a public article.
    db.section.findMany({ where: { articles: { some: where } }, orderBy: { path: "asc" }, take: 300, select: { path: true, updatedAt: true } }),
  ]);
  const newest = articles.reduce<Date>((max, a) => (a.updatedAt > max ? a.updatedAt : max), new Date(0));
  return [
    { path: "/", lastModified: newest },
    ...articles.map((a) => ({ path: `/articles/${a.slug}`, lastModified: latest(a.updatedAt, a.publishedAt) })),
    ...tags.map((t) => ({ path: `/tags/${t.slug}`, lastModified: t.updatedAt })),
    ...authors.map((u) => ({ path: `/authors/${u.slug}`, lastModified: u.updatedAt })),
    ...sections.map((s) => ({ path: `/sections/${s.path}`, lastModified: s.updatedAt })),
  ];
}

function latest(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}
