import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { checkBeforePublishing, findArticleLinks, type CheckItem } from "@/lib/articles/prepublish-rules";
import { siteUrl } from "@/lib/site";
import type { ContentDocument } from "@/lib/content/types";

/** What each linked Dateline article is to a reader now: public, not yet public, or not there. */
export async function resolveArticleLinks(tx: Tx, slugs: string[], now: Date): Promise<Map<string, "public" | "unpublished" | "missing">> {
  const found = new Map<string, "public" | "unpublished" | "missing">(slugs.map((s) => [s, "missing"]));
  if (slugs.length === 0) return found;
  const visible = publicArticleWhere(now);
  const [articles, redirects] = await Promise.all([
    tx.article.findMany({ where: { slug: { in: slugs }, deletedAt: null }, select: { id: true, slug: true } }),
    tx.slugRedirect.findMany({ where: { slug: { in: slugs } }, select: { slug: true, articleId: true } }),
  ]);
  // An old address of an article keeps working (it redirects), so it counts as that article.
  const idBySlug = new Map<string, string>([...redirects.map((r) => [r.slug, r.articleId] as const), ...articles.map((a) => [a.slug, a.id] as const)]);
  const ids = [...new Set(idBySlug.values())];
  const publicIds = new Set((await tx.article.findMany({ where: { AND: [visible, { id: { in: ids } }] }, select: { id: true } })).map((a) => a.id));
  const existing = new Set((await tx.article.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((a) => a.id));
  for (const [slug, id] of idBySlug) found.set(slug, publicIds.has(id) ? "public" : existing.has(id) ? "unpublished" : "missing");
  return found;
}

/** The blocking problems of the stored article (call after its content is written, in the same transaction). */
export async function findBlockingProblems(tx: Tx, articleId: string, now: Date): Promise<CheckItem[]> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      headline: true,
      standfirst: true,
      body: true,
      featuredImage: { select: { alt: true } },
      _count: { select: { bylines: true, tags: true } },
    },
  });
  const body = article.body as ContentDocument;
  const slugs = findArticleLinks(body, siteUrl());
  const links = await resolveArticleLinks(tx, slugs, now);
  return checkBeforePublishing({
    headline: article.headline,
    standfirst: article.standfirst,
    body,
    bylineCount: article._count.bylines,
    tagCount: article._count.tags,
    featuredImage: article.featuredImage,
    links,
  }).blocking;
}

// What readers will see must pass the check, whether it goes out now, later, or is
// already out and being changed: the transaction is refused with every problem named.
export async function assertReadyToPublish(tx: Tx, articleId: string, now: Date, doing: string): Promise<void> {
  const problems = await findBlockingProblems(tx, articleId, now);
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new AppError("VALIDATION", `${doing}: ${problems.map((p) => p.message).join(" ")}`, fieldErrors);
}
