import "server-only";
import { absoluteUrl, renderBody, toApiImage, type ArticleApiRow } from "@/lib/content-api/article-representation";
import { CONTENT_TYPE } from "@/lib/media/media-url";
import type { NinjsItem } from "@/lib/content-api/schemas";

export const NINJS_MEDIA_TYPE = "application/ninjs+json";
export const NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

// IPTC ninjs 3.1 (https://iptc.org/std/ninjs/): the article as a news item. The uri is the
// article's API address by id, which never changes (a slug may); the version is Dateline's
// optimistic-concurrency version, which every save raises.
export function toNinjs(row: ArticleApiRow, now = new Date()): NinjsItem {
  const canonical = absoluteUrl(`/articles/${row.slug}`);
  const isPublic = (row.status === "PUBLISHED" || row.status === "SCHEDULED") && !!row.publishedAt && row.publishedAt <= now;
  const item: NinjsItem = {
    uri: absoluteUrl(`/api/v1/articles/${row.id}`),
    type: "text",
    representationType: "full",
    profile: "dateline-article",
    version: String(row.version),
    firstCreated: (row.publishedAt ?? row.createdAt).toISOString(),
    versionCreated: row.updatedAt.toISOString(),
    contentCreated: row.createdAt.toISOString(),
    // A draft-scope client may see a story before its time: it is withheld until then.
    ...(row.publishedAt && row.publishedAt > now ? { embargoedUntil: row.publishedAt.toISOString() } : {}),
    pubStatus: isPublic ? "usable" : row.status === "UNPUBLISHED" ? "canceled" : "withheld",
    language: "en",
    slugline: row.slug,
    ...(row.dateline ? { located: row.dateline } : {}),
    ...(row.bylines.length > 0 ? { by: row.bylines.map((b) => b.user.name).join(", ") } : {}),
    headlines: [{ role: "main", value: row.headline }],
    ...(row.standfirst ? { descriptions: [{ role: "summary", contentType: "text/plain", value: row.standfirst }] } : {}),
    people: row.bylines.map(({ user }) => ({ name: user.name, rel: "author", uri: absoluteUrl(`/authors/${user.slug}`), literal: user.slug })),
    subjects: [
      ...(row.section ? [{ name: row.section.name, rel: "section", uri: absoluteUrl(`/sections/${row.section.path}`), literal: row.section.path }] : []),
      ...row.tags.map(({ tag }) => ({ name: tag.name, rel: "about", uri: absoluteUrl(`/tags/${tag.slug}`), literal: tag.slug })),
    ],
    renditions: [{ name: "web", href: canonical, contentType: "text/html" }],
    altIds: [
      { role: "dateline-id", value: row.id },
      { role: "slug", value: row.slug },
    ],
    standard: { name: "ninjs", version: "3.1", schema: NINJS_SCHEMA_URI },
  };
  if (row.body !== undefined) {
    const body = renderBody(row.body);
    item.bodies = [
      { role: "main", contentType: "text/html", value: body.html, charCount: Array.from(body.text).length, wordCount: body.word_count },
      { role: "main", contentType: "text/plain", value: body.text, charCount: Array.from(body.text).length, wordCount: body.word_count },
    ];
  }
  const image = toApiImage(row.featuredImage);
  if (image && row.featuredImage) {
    const ext = image.url.slice(image.url.lastIndexOf(".") + 1);
    item.associations = [
      {
        name: "featureimage",
        uri: image.url,
        type: "picture",
        renditions: image.sizes.map((size) => ({ name: `w${size.width}`, href: size.url, contentType: CONTENT_TYPE[ext] ?? "image/jpeg", width: size.width, height: size.height })),
        ...(image.caption || image.alt
          ? { descriptions: [...(image.caption ? [{ role: "caption", value: image.caption }] : []), ...(image.alt ? [{ role: "alt", value: image.alt }] : [])] }
          : {}),
        ...(image.credit ? { copyrightHolder: image.credit } : {}),
      },
    ];
  }
  return item;
}
