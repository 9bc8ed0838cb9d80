import { z } from "zod";

// Every Content API response, as zod schemas. The same schemas check what the handlers
// send (in tests) and become the components of the OpenAPI document (openapi.ts), so the
// document cannot drift from the responses. Registered in the API's own registry, never
// zod's global one, so nothing else lands in the document.
export const apiRegistry = z.registry<{ id: string; description?: string }>();

const isoTime = z.iso.datetime({ offset: true }).describe("RFC 3339 time, UTC");

export const imageSizeSchema = z
  .object({
    width: z.int(),
    height: z.int(),
    url: z.url().describe("The image in its own format (JPEG, PNG, …)"),
    webp_url: z.url().nullable().describe("The same size as WebP; null when the image is WebP already"),
  })
  .register(apiRegistry, { id: "ImageSize" });

export const imageSchema = z
  .object({
    url: z.url().describe("The largest size"),
    width: z.int(),
    height: z.int(),
    alt: z.string(),
    caption: z.string(),
    credit: z.string(),
    sizes: z.array(imageSizeSchema).describe("Every stored width, smallest first"),
  })
  .register(apiRegistry, { id: "Image", description: "A featured image with every stored size" });

export const personRefSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), url: z.url() })
  .register(apiRegistry, { id: "PersonRef", description: "An author as an article names them" });

export const tagRefSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), url: z.url() })
  .register(apiRegistry, { id: "TagRef" });

// The article's primary section (issue 13); null for an article with none.
export const sectionRefSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), path: z.string().describe("The section's address under /sections, parents first: world/asia"), url: z.url() })
  .register(apiRegistry, { id: "SectionRef" });

export const bodySchema = z
  .object({
    html: z.string().describe("Sanitized HTML from Dateline's one renderer; media addresses are relative to the site"),
    text: z.string().describe("Plain text, paragraphs separated by blank lines"),
    document: z.record(z.string(), z.unknown()).describe("The stored Tiptap (ProseMirror) JSON document"),
    word_count: z.int(),
  })
  .register(apiRegistry, { id: "ArticleBody" });

export const correctionSchema = z
  .object({ id: z.uuid(), kind: z.enum(["correction", "clarification", "update"]), text: z.string(), created_at: isoTime })
  .register(apiRegistry, { id: "Correction" });

export const articleStatusSchema = z.enum(["published", "scheduled", "draft", "in_review", "unpublished"]);

export const articleSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    url: z.url().describe("Canonical address of the article page"),
    headline: z.string(),
    standfirst: z.string(),
    dateline: z.string().describe("Where the story was filed from, e.g. DOHA; empty when none"),
    status: articleStatusSchema.describe("Always published without include_drafts"),
    published_at: isoTime.nullable(),
    modified_at: isoTime.nullable().describe("What readers see as “Updated”: corrections and substantive edits"),
    updated_at: isoTime.describe("Last change of any kind; what updated_since and sort=updated use"),
    bylines: z.array(personRefSchema),
    tags: z.array(tagRefSchema),
    section: sectionRefSchema.nullable(),
    featured_image: imageSchema.nullable(),
    body: bodySchema.optional().describe("Present on one article, and in lists with include=body"),
    corrections: z.array(correctionSchema).optional().describe("Present on one article, and in lists with include=corrections"),
  })
  .register(apiRegistry, {
    id: "Article",
    description: "An article in Dateline's JSON. With `fields`, only the named fields (and id) are present.",
  });

export const pageInfoSchema = z
  .object({
    next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
    limit: z.int(),
  })
  .register(apiRegistry, { id: "PageInfo" });

export const articleListSchema = z
  .object({ data: z.array(articleSchema), meta: pageInfoSchema })
  .register(apiRegistry, { id: "ArticleList" });

export const articleResponseSchema = z.object({ data: articleSchema }).register(apiRegistry, { id: "ArticleResponse" });

export const tagSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), description: z.string(), url: z.url() })
  .register(apiRegistry, { id: "Tag" });

export const tagListSchema = z.object({ data: z.array(tagSchema), meta: pageInfoSchema }).register(apiRegistry, { id: "TagList" });

export const authorSchema = z
  .object({ id: z.uuid(), name: z.string(), slug: z.string(), bio: z.string(), url: z.url() })
  .register(apiRegistry, { id: "Author" });

export const authorListSchema = z.object({ data: z.array(authorSchema), meta: pageInfoSchema }).register(apiRegistry, { id: "AuthorList" });

export const sectionSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string().describe("The section's own address part"),
    path: z.string().describe("The full address under /sections, parents first: world/asia; what ?section= on /articles takes"),
    description: z.string(),
    position: z.int().describe("Order among its siblings (menus sort by it, then by name)"),
    parent_id: z.uuid().nullable().describe("The parent section; null for a top-level section"),
    url: z.url().describe("The section's page on the site"),
  })
  .register(apiRegistry, { id: "Section" });

export const sectionListSchema = z.object({ data: z.array(sectionSchema), meta: pageInfoSchema }).register(apiRegistry, { id: "SectionList" });
export const sectionResponseSchema = z.object({ data: sectionSchema }).register(apiRegistry, { id: "SectionResponse" });

export const liveEntrySchema = z
  .object({
    id: z.uuid(),
    url: z.url().describe("The entry's permanent link on the site"),
    headline: z.string().describe("Empty when the entry has none"),
    body: bodySchema,
    key_event: z.boolean(),
    pinned: z.boolean().describe("Shown above the stream on the live page"),
    posted_at: isoTime,
    edited_at: isoTime.nullable().describe("When its words were last corrected; null when never"),
    updated_at: isoTime.describe("Last change of any kind (posted, edited, pinned or unpinned): what updated_since uses"),
    author: personRefSchema.nullable(),
  })
  .register(apiRegistry, { id: "LiveEntry", description: "One entry of a live article" });

export const liveCoverageSchema = z
  .object({
    state: z.enum(["upcoming", "live", "ended"]),
    starts_at: isoTime,
    ends_at: isoTime.nullable(),
  })
  .register(apiRegistry, { id: "LiveCoverage" });

export const liveEntryListSchema = z
  .object({ data: z.array(liveEntrySchema), meta: pageInfoSchema.extend({ coverage: liveCoverageSchema }) })
  .register(apiRegistry, { id: "LiveEntryList" });

export const errorSchema = z
  .object({
    error: z.object({
      status: z.int(),
      code: z.enum(["bad_request", "unauthorized", "forbidden", "not_found", "gone", "not_acceptable", "rate_limited", "server_error"]),
      message: z.string().describe("What went wrong and what to do, in plain words"),
      id: z.uuid().optional().describe("On 410: the id of the article that left, so clients can remove it"),
      issues: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  })
  .register(apiRegistry, { id: "Error" });

// ninjs 3.1 (IPTC): only the properties Dateline fills. Responses are also checked against
// IPTC's own schema (tests/fixtures/ninjs-schema_3.1.json) in the tests.
const ninjsRendition = z.object({ name: z.string(), href: z.url(), contentType: z.string(), width: z.int().optional(), height: z.int().optional() });
export const ninjsSchema = z
  .object({
    uri: z.url(),
    type: z.literal("text"),
    representationType: z.literal("full"),
    profile: z.string(),
    version: z.string(),
    firstCreated: isoTime,
    versionCreated: isoTime,
    contentCreated: isoTime.optional(),
    embargoedUntil: isoTime.optional(),
    pubStatus: z.enum(["usable", "withheld", "canceled"]),
    language: z.string(),
    slugline: z.string(),
    located: z.string().optional(),
    by: z.string().optional(),
    headlines: z.array(z.object({ role: z.string(), value: z.string() })),
    descriptions: z.array(z.object({ role: z.string(), contentType: z.string(), value: z.string() })).optional(),
    bodies: z.array(z.object({ role: z.string(), contentType: z.string(), value: z.string(), charCount: z.int(), wordCount: z.int() })).optional(),
    people: z.array(z.object({ name: z.string(), rel: z.string(), uri: z.url(), literal: z.string() })),
    subjects: z.array(z.object({ name: z.string(), rel: z.string(), uri: z.url(), literal: z.string() })),
    renditions: z.array(ninjsRendition),
    associations: z
      .array(
        z.object({
          name: z.string(),
          uri: z.url(),
          type: z.literal("picture"),
          renditions: z.array(ninjsRendition),
          descriptions: z.array(z.object({ role: z.string(), value: z.string() })).optional(),
          copyrightHolder: z.string().optional(),
        }),
      )
      .optional(),
    altIds: z.array(z.object({ role: z.string(), value: z.string() })),
    standard: z.object({ name: z.literal("ninjs"), version: z.literal("3.1"), schema: z.url() }),
  })
  .register(apiRegistry, { id: "NinjsItem", description: "An article as an IPTC ninjs 3.1 news item" });

export const ninjsListSchema = z.object({ data: z.array(ninjsSchema), meta: pageInfoSchema }).register(apiRegistry, { id: "NinjsList" });

export type ApiArticle = z.infer<typeof articleSchema>;
export type ApiTag = z.infer<typeof tagSchema>;
export type ApiAuthor = z.infer<typeof authorSchema>;
export type ApiSection = z.infer<typeof sectionSchema>;
export type ApiLiveEntry = z.infer<typeof liveEntrySchema>;
export type ApiLiveEntryList = z.infer<typeof liveEntryListSchema>;
export type NinjsItem = z.infer<typeof ninjsSchema>;
export type ApiErrorBody = z.infer<typeof errorSchema>;
