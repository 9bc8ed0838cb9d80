import { z } from "zod";
import { apiRegistry } from "@/lib/content-api/schemas";
import { ARTICLE_FIELDS, ARTICLE_INCLUDES, DEFAULT_LIMIT, MAX_LIMIT } from "@/lib/content-api/params";
import { SEARCH_QUERY_MAX } from "@/lib/search/search-query";
import { API_LIMITS } from "@/lib/content-api/rate-limit";
import { NINJS_MEDIA_TYPE } from "@/lib/content-api/ninjs";

// The OpenAPI 3.1 document. Its schemas are generated from the zod schemas in schemas.ts
// (zod 4's own JSON Schema output, draft 2020-12, which is OpenAPI 3.1's dialect); only
// the paths and parameters are written here.

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ "application/json": { schema: ref(id) } });

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const errorResponses = {
  "400": { description: "A parameter is wrong; the message says which and how to fix it", content: json("Error") },
  "401": { description: "The API key is malformed, unknown or revoked", content: json("Error") },
  "429": { description: "Over the rate limit; Retry-After says when to try again", content: json("Error") },
};

const rateHeaders = {
  RateLimit: { description: "What is left of the quota: `\"policy\";r=<remaining>;t=<seconds to reset>`", schema: { type: "string" } },
  "RateLimit-Policy": { description: "The quota: `\"policy\";q=<requests>;w=<window seconds>`", schema: { type: "string" } },
  ETag: { description: "Send back as If-None-Match for a 304", schema: { type: "string" } },
};

const limitParams = [
  { name: "limit", in: "query", description: `Items per page, 1 to ${MAX_LIMIT}`, schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  { name: "cursor", in: "query", description: "next_cursor from the previous page", schema: { type: "string", maxLength: 200 } },
];
const shapeParams = [
  { name: "fields", in: "query", description: "Comma-separated fields to return (id always comes)", schema: { type: "string", maxLength: 400 }, example: "headline,url,published_at" },
  { name: "include", in: "query", description: `Comma-separated expansions: ${ARTICLE_INCLUDES.join(", ")}`, schema: { type: "string", maxLength: 400 } },
  { name: "format", in: "query", description: `json (default) or ninjs; or send Accept: ${NINJS_MEDIA_TYPE}`, schema: { type: "string", enum: ["json", "ninjs"] } },
  { name: "include_drafts", in: "query", description: "With a drafts:read key: unpublished articles too (never cached publicly)", schema: { type: "boolean" } },
];

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Dateline Content API",
      version: "1.0.0",
      description: `Read-only access to published articles, their live entries, sections, tags and authors, in Dateline JSON or IPTC ninjs 3.1. A key is optional for public content; requests are limited to ${API_LIMITS.anonymous.max} a minute per address without a key and ${API_LIMITS.key.max} a minute per key. Fields the article representation may contain: ${ARTICLE_FIELDS.join(", ")}.`,
    },
    servers: [{ url: "/api/v1" }],
    security: [{}, { apiKey: [] }],
    paths: {
      "/articles": {
        get: {
          operationId: "listArticles",
          summary: "Articles, newest first",
          parameters: [
            ...limitParams,
            { name: "tag", in: "query", description: "A tag's slug", schema: { type: "string", maxLength: 200 } },
            { name: "author", in: "query", description: "An author's slug", schema: { type: "string", maxLength: 200 } },
            { name: "section", in: "query", description: "A section's path (world or world/asia): that section and its subsections", schema: { type: "string", maxLength: 400 } },
            { name: "q", in: "query", description: "Full-text search (web-search syntax); results by relevance. Combines with every other filter", schema: { type: "string", maxLength: SEARCH_QUERY_MAX } },
            { name: "updated_since", in: "query", description: "Only articles changed at or after this time", schema: { type: "string", format: "date-time" } },
            { name: "published_since", in: "query", description: "Only articles published at or after this time", schema: { type: "string", format: "date-time" } },
            { name: "sort", in: "query", description: "published (default) or updated, newest first", schema: { type: "string", enum: ["published", "updated"] } },
            ...shapeParams,
          ],
          responses: {
            "200": {
              description: "A page of articles",
              headers: rateHeaders,
              content: { "application/json": { schema: { oneOf: [ref("ArticleList"), ref("NinjsList")] } } },
            },
            "304": { description: "Not modified (If-None-Match)" },
            "403": { description: "include_drafts with a key that lacks drafts:read", content: json("Error") },
            "404": { description: "Unknown tag, author or section", content: json("Error") },
            ...errorResponses,
          },
        },
      },
      "/articles/{ref}": {
        get: {
          operationId: "getArticle",
          summary: "One article by id or slug",
          parameters: [{ name: "ref", in: "path", required: true, description: "The article's id (UUID) or slug", schema: { type: "string", maxLength: 200 } }, ...shapeParams],
          responses: {
            "200": { description: "The article", headers: rateHeaders, content: { "application/json": { schema: ref("ArticleResponse") }, [NINJS_MEDIA_TYPE]: { schema: ref("NinjsItem") } } },
            "301": { description: "An old slug: Location gives the current address" },
            "304": { description: "Not modified (If-None-Match or If-Modified-Since)" },
            "404": { description: "No such article, or not public yet", content: json("Error") },
            "410": { description: "The article was public and no longer is; error.id names it", content: json("Error") },
            ...errorResponses,
          },
        },
      },
      "/articles/{ref}/live-entries": {
        get: {
          operationId: "listLiveEntries",
          summary: "The entries of a live article, newest first",
          description: "Deleted entries never appear. Poll with updated_since (the previous answer's newest updated_at) to get what was posted, edited, pinned or unpinned since. The article answers exactly as GET /articles/{ref} does: 404 when not public yet, 410 when it left, 301 from an old slug.",
          parameters: [
            { name: "ref", in: "path", required: true, description: "The article's id (UUID) or slug", schema: { type: "string", maxLength: 200 } },
            ...limitParams,
            { name: "updated_since", in: "query", description: "Only entries posted or changed at or after this time", schema: { type: "string", format: "date-time" } },
            shapeParams.find((p) => p.name === "include_drafts")!,
          ],
          responses: {
            "200": { description: "A page of entries, with the coverage window", headers: rateHeaders, content: json("LiveEntryList") },
            "301": { description: "An old slug: Location gives the current address" },
            "304": { description: "Not modified (If-None-Match)" },
            "403": { description: "include_drafts with a key that lacks drafts:read", content: json("Error") },
            "404": { description: "No such article, not public yet, or not live coverage", content: json("Error") },
            "410": { description: "The article was public and no longer is; error.id names it", content: json("Error") },
            ...errorResponses,
          },
        },
      },
      "/sections": {
        get: {
          operationId: "listSections",
          summary: "Every section, by path (a parent before its subsections)",
          parameters: limitParams,
          responses: { "200": { description: "A page of sections", headers: rateHeaders, content: json("SectionList") }, "304": { description: "Not modified" }, ...errorResponses },
        },
      },
      "/sections/{ref}": {
        get: {
          operationId: "getSection",
          summary: "One section by id or path",
          parameters: [{ name: "ref", in: "path", required: true, description: "The section's id (UUID) or its path, slashes included: /sections/world/asia", schema: { type: "string", maxLength: 400 } }],
          responses: {
            "200": { description: "The section", headers: rateHeaders, content: json("SectionResponse") },
            "301": { description: "An old path of a renamed or moved section: Location gives the current address" },
            "304": { description: "Not modified (If-None-Match or If-Modified-Since)" },
            "404": { description: "No such section", content: json("Error") },
            ...errorResponses,
          },
        },
      },
      "/tags": {
        get: {
          operationId: "listTags",
          summary: "Tags on published articles, by slug",
          parameters: limitParams,
          responses: { "200": { description: "A page of tags", headers: rateHeaders, content: json("TagList") }, "304": { description: "Not modified" }, ...errorResponses },
        },
      },
      "/authors": {
        get: {
          operationId: "listAuthors",
          summary: "People with a byline on a published article, by slug",
          parameters: limitParams,
          responses: { "200": { description: "A page of authors", headers: rateHeaders, content: json("AuthorList") }, "304": { description: "Not modified" }, ...errorResponses },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A Dateline API key (dl_…), created by an admin or with `npm run api-key`" } },
    },
  };
}
