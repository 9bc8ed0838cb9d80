import { z } from "zod";
import { SEARCH_QUERY_MAX } from "@/lib/search/search-query";

// Query parameters, every one bounded before it is parsed (routes refuse a query string
// longer than MAX_QUERY_LENGTH first). Unknown parameters are refused, so a typo such as
// `?tags=` is an error a developer sees, not a silently unfiltered list.
export const MAX_QUERY_LENGTH = 2_000;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
// Linear: each segment is a slug, segments joined by single slashes (bounded by the max above).
const SECTION_PATH = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

// Fields a client may name in `fields` (id is always sent), and expansions for `include`.
export const ARTICLE_FIELDS = [
  "slug", "url", "headline", "standfirst", "dateline", "status", "published_at", "modified_at", "updated_at",
  "bylines", "tags", "section", "featured_image", "body", "corrections",
] as const;
// Live coverage entries will be one more expansion here when that feature lands.
export const ARTICLE_INCLUDES = ["body", "corrections"] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];
export type ArticleInclude = (typeof ARTICLE_INCLUDES)[number];

function commaList<T extends string>(allowed: readonly T[], what: string) {
  return z
    .string()
    .max(400, `${what} is at most 400 characters.`)
    .transform((value, ctx) => {
      const items = [...new Set(value.split(",").map((s) => s.trim()).filter(Boolean))];
      const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item) && item !== "id");
      if (unknown.length > 0) {
        ctx.addIssue({ code: "custom", message: `${what} does not know ${unknown.join(", ")}. Use any of: ${allowed.join(", ")}.` });
        return z.NEVER;
      }
      return items.filter((item): item is T => item !== "id");
    });
}

const time = (name: string) =>
  z
    .string()
    .max(40)
    .refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v), `${name} must be an ISO 8601 time such as 2026-12-01T09:00:00Z.`)
    .transform((v) => new Date(v));

const flag = (name: string) =>
  z.enum(["true", "false", "1", "0"], { error: `${name} must be true or false.` }).transform((v) => v === "true" || v === "1");

export const formatSchema = z.enum(["json", "ninjs"], { error: "format must be json or ninjs." });

export const articleListParamsSchema = z
  .object({
    limit: z.coerce
      .number({ error: `limit must be a number from 1 to ${MAX_LIMIT}.` })
      .int(`limit must be a whole number from 1 to ${MAX_LIMIT}.`)
      .min(1, `limit must be from 1 to ${MAX_LIMIT}.`)
      .max(MAX_LIMIT, `limit must be from 1 to ${MAX_LIMIT}.`)
      .default(DEFAULT_LIMIT),
    cursor: z.string().max(200, "cursor is at most 200 characters; pass the next_cursor you were given.").optional(),
    tag: z.string().regex(SLUG, "tag must be a tag's slug, such as climate-change.").optional(),
    author: z.string().regex(SLUG, "author must be an author's slug, such as jane-doe.").optional(),
    // A section's path (world or world/asia): its articles and its subsections'.
    section: z.string().max(400, "section is at most 400 characters.").regex(SECTION_PATH, "section must be a section's path, such as world or world/asia.").optional(),
    q: z.string().trim().min(1, "q must not be empty.").max(SEARCH_QUERY_MAX, `q is at most ${SEARCH_QUERY_MAX} characters.`).optional(),
    updated_since: time("updated_since").optional(),
    published_since: time("published_since").optional(),
    sort: z.enum(["published", "updated"], { error: "sort must be published or updated." }).optional(),
    fields: commaList(ARTICLE_FIELDS, "fields").optional(),
    include: commaList(ARTICLE_INCLUDES, "include").optional(),
    format: formatSchema.optional(),
    include_drafts: flag("include_drafts").optional(),
  })
  .strict();

export type ArticleListParams = z.output<typeof articleListParamsSchema>;

export const articleParamsSchema = articleListParamsSchema.pick({ fields: true, include: true, format: true, include_drafts: true }).strict();
export type ArticleParams = z.output<typeof articleParamsSchema>;

export const simpleListParamsSchema = articleListParamsSchema.pick({ limit: true, cursor: true }).strict();

/** /articles/{ref}/live-entries: a page of entries; updated_since for polling; drafts scope as for the article. */
export const liveEntryParamsSchema = articleListParamsSchema.pick({ limit: true, cursor: true, updated_since: true, include_drafts: true }).strict();
export type LiveEntryParams = z.output<typeof liveEntryParamsSchema>;

/** For endpoints that take no parameters: anything sent is refused by name. */
export const noParamsSchema = z.object({}).strict();

/** "ref" in /sections/{ref}: a section's id (UUID) or its path (world/asia), bounded. */
export const sectionAddressSchema = z.union([z.uuid(), z.string().max(400).regex(SECTION_PATH)], { error: "Give a section's id (a UUID) or its path, such as world/asia." });

/** "idOrSlug" in /articles/{idOrSlug}: a UUID or a slug, bounded. */
export const articleRefSchema = z.union([z.uuid(), z.string().regex(SLUG)], { error: "Give an article's id (a UUID) or its slug." });

export function queryObject(url: URL): Record<string, string> {
  // A repeated parameter keeps its last value, as most servers do.
  return Object.fromEntries(url.searchParams.entries());
}
