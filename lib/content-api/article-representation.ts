import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { siteUrl } from "@/lib/site";
import { renderDocumentHtml } from "@/lib/content/render-html";
import { stripCommentMarks } from "@/lib/content/comment-mark";
import { countWords, documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import { EXTENSION, variantUrl, type ImageFormat } from "@/lib/media/media-url";
import type { ApiArticle } from "@/lib/content-api/schemas";
import type { ArticleField, ArticleInclude } from "@/lib/content-api/params";

// The one place an article row becomes the API's article: what is read (ARTICLE_API_SELECT)
// and how it is shown (toApiArticle). Both the JSON and the ninjs representation start here.
//
// Live entries have their own endpoint (live-entries-endpoint.ts); their bodies go
// through renderBody too.
export const ARTICLE_API_SELECT = {
  id: true,
  slug: true,
  headline: true,
  standfirst: true,
  dateline: true,
  status: true,
  version: true,
  publishedAt: true,
  modifiedAt: true,
  createdAt: true,
  updatedAt: true,
  // updatedAt of each part: an author or tag renamed, or an image described, changes the
  // representation without touching the article row (see lastModifiedOf).
  bylines: { orderBy: { position: "asc" }, select: { user: { select: { id: true, name: true, slug: true, updatedAt: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { id: true, name: true, slug: true, updatedAt: true } } } },
  featuredImage: { select: { storageKey: true, format: true, width: true, height: true, widths: true, alt: true, caption: true, credit: true, updatedAt: true } },
  section: { select: { id: true, name: true, slug: true, path: true } },
} satisfies Prisma.ArticleSelect;

export const ARTICLE_BODY_SELECT = { body: true } satisfies Prisma.ArticleSelect;
export const ARTICLE_CORRECTIONS_SELECT = {
  corrections: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, text: true, createdAt: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleApiRow = Prisma.ArticleGetPayload<{ select: typeof ARTICLE_API_SELECT }> & {
  body?: Prisma.JsonValue;
  corrections?: { id: string; kind: string; text: string; createdAt: Date }[];
};

export function selectFor(include: readonly ArticleInclude[]): Prisma.ArticleSelect {
  return {
    ...ARTICLE_API_SELECT,
    ...(include.includes("body") ? ARTICLE_BODY_SELECT : {}),
    ...(include.includes("corrections") ? ARTICLE_CORRECTIONS_SELECT : {}),
  };
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}

export const articleUrl = (slug: string) => absoluteUrl(`/articles/${slug}`);
export const authorUrl = (slug: string) => absoluteUrl(`/authors/${slug}`);
export const tagUrl = (slug: string) => absoluteUrl(`/tags/${slug}`);
export const sectionUrl = (path: string) => absoluteUrl(`/sections/${path}`);

type ImageRow = NonNullable<ArticleApiRow["featuredImage"]>;

export function toApiImage(image: ImageRow | null): ApiArticle["featured_image"] {
  if (!image || image.widths.length === 0) return null;
  const ext = EXTENSION[image.format as ImageFormat] ?? "jpg";
  const sizes = [...image.widths]
    .sort((a, b) => a - b)
    .map((width) => ({
      width,
      height: Math.max(1, Math.round((image.height * width) / image.width)),
      url: absoluteUrl(variantUrl(image.storageKey, width, ext)),
      webp_url: ext === "webp" ? null : absoluteUrl(variantUrl(image.storageKey, width, "webp")),
    }));
  const largest = sizes[sizes.length - 1]!;
  return { url: largest.url, width: largest.width, height: largest.height, alt: image.alt, caption: image.caption, credit: image.credit, sizes };
}

// The article's one primary section; its address is its path (world/asia).
function sectionOf(row: ArticleApiRow): ApiArticle["section"] {
  const section = row.section;
  return section ? { id: section.id, name: section.name, slug: section.slug, path: section.path, url: sectionUrl(section.path) } : null;
}

export type RenderedBody = NonNullable<ApiArticle["body"]>;

/** The body three ways: HTML from the one renderer, plain text, and the stored document. */
export function renderBody(document: Prisma.JsonValue | ContentDocument): RenderedBody {
  // The stored document without the newsroom's comment marks (their thread ids are staff-only).
  const doc = stripCommentMarks(document as ContentDocument);
  const text = documentToPlainText(doc);
  return { html: renderDocumentHtml(doc), text, document: doc as unknown as Record<string, unknown>, word_count: countWords(text) };
}

// A scheduled article whose time has come is published as far as anyone outside can tell.
function publicStatus(row: ArticleApiRow, now: Date): ApiArticle["status"] {
  if (row.status === "SCHEDULED" && row.publishedAt && row.publishedAt <= now) return "published";
  return row.status.toLowerCase() as ApiArticle["status"];
}

/** The full article, every field, expansions as read. */
export function toApiArticle(row: ArticleApiRow, now = new Date()): ApiArticle {
  const article: ApiArticle = {
    id: row.id,
    slug: row.slug,
    url: articleUrl(row.slug),
    headline: row.headline,
    standfirst: row.standfirst,
    dateline: row.dateline,
    status: publicStatus(row, now),
    published_at: row.publishedAt?.toISOString() ?? null,
    modified_at: row.modifiedAt && row.publishedAt && row.modifiedAt > row.publishedAt ? row.modifiedAt.toISOString() : null,
    updated_at: row.updatedAt.toISOString(),
    bylines: row.bylines.map(({ user }) => ({ id: user.id, name: user.name, slug: user.slug, url: authorUrl(user.slug) })),
    tags: row.tags.map(({ tag }) => ({ id: tag.id, name: tag.name, slug: tag.slug, url: tagUrl(tag.slug) })),
    section: sectionOf(row),
    featured_image: toApiImage(row.featuredImage),
  };
  if (row.body !== undefined) article.body = renderBody(row.body);
  if (row.corrections) {
    article.corrections = row.corrections.map((c) => ({ id: c.id, kind: c.kind.toLowerCase() as "correction", text: c.text, created_at: c.createdAt.toISOString() }));
  }
  return article;
}

/** The latest change to anything the representation shows (Last-Modified). */
export function lastModifiedOf(rows: readonly ArticleApiRow[]): Date | null {
  let latest = 0;
  for (const row of rows) {
    const times = [row.updatedAt, ...row.bylines.map((b) => b.user.updatedAt), ...row.tags.map((t) => t.tag.updatedAt), row.featuredImage?.updatedAt, ...(row.corrections ?? []).map((c) => c.createdAt)];
    for (const time of times) if (time && time.getTime() > latest) latest = time.getTime();
  }
  return latest > 0 ? new Date(latest) : null;
}

/** Only the named fields (and id), when a client asked for `fields`. */
export function trimFields(article: ApiArticle, fields: readonly ArticleField[] | undefined): Partial<ApiArticle> & { id: string } {
  if (!fields || fields.length === 0) return article;
  const trimmed: Record<string, unknown> = { id: article.id };
  for (const field of fields) if (field in article) trimmed[field] = article[field];
  return trimmed as Partial<ApiArticle> & { id: string };
}
