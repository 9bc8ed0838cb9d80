import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { db, disconnectDb } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { GET as listArticles, OPTIONS as preflightArticles } from "@/app/api/v1/articles/route";
import { GET as getArticle } from "@/app/api/v1/articles/[ref]/route";
import { GET as listTags } from "@/app/api/v1/tags/route";
import { GET as listAuthors } from "@/app/api/v1/authors/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { makeArticle, withdrawPublishedSince } from "../support/articles";
import { ninjsValidator, openApiValidators } from "../support/content-api";

const started = new Date();
afterAll(async () => {
  await withdrawPublishedSince(started);
  await disconnectDb();
});
// Every request here comes from one unknown address: start each test with a fresh quota.
beforeEach(() => db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key LIKE 'api:%'`);

type Init = { headers?: Record<string, string> };

async function call(path: string, init: Init = {}): Promise<Response> {
  const request = new Request(`http://localhost${path}`, { headers: init.headers });
  const url = new URL(request.url);
  const rest = url.pathname.replace(/^\/api\/v1/, "");
  if (rest === "/articles") return listArticles(request, { params: Promise.resolve({}) });
  if (rest.startsWith("/articles/")) return getArticle(request, { params: Promise.resolve({ ref: decodeURIComponent(rest.slice("/articles/".length)) }) });
  if (rest === "/tags") return listTags(request, { params: Promise.resolve({}) });
  if (rest === "/authors") return listAuthors(request, { params: Promise.resolve({}) });
  if (rest === "/openapi.json") return getOpenApi(request, { params: Promise.resolve({}) });
  throw new Error(`No route for ${path}`);
}

async function json(path: string, init: Init = {}) {
  const response = await call(path, init);
  return { response, body: await response.json() };
}

// Letters only (PostgreSQL reads hex runs as numbers).
function word(): string {
  return `zq${uniqueSuffix().replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

async function newsroom() {
  const editor = await makeUser("EDITOR");
  const w = word();
  const tag = `Api ${w}`;
  const article = (status: Parameters<typeof makeArticle>[1]) =>
    makeArticle(editor, status, { tags: [tag], headline: `${status} ${w} story`, body: makeDocument(`The ${w} council met.`), bylines: [editor.id] });
  const published = await article("PUBLISHED");
  const embargoed = await article("SCHEDULED");
  const unpublished = await article("UNPUBLISHED");
  const deleted = await article("UNPUBLISHED");
  await db.article.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
  const draft = await article("DRAFT");
  const tagSlug = (await db.tag.findFirstOrThrow({ where: { name: tag }, select: { slug: true } })).slug;
  const authorSlug = (await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { slug: true } })).slug;
  return { editor, w, tagSlug, authorSlug, published, embargoed, unpublished, deleted, draft };
}

describe("Content API: what is visible", () => {
  it("lists only what readers may see, and answers 404 for the embargoed and drafts, 410 with the id for articles that left, through every endpoint", async () => {
    const n = await newsroom();
    const lists = [`/api/v1/articles?tag=${n.tagSlug}`, `/api/v1/articles?author=${n.authorSlug}`, `/api/v1/articles?q=${n.w}`, `/api/v1/articles?sort=updated&updated_since=${started.toISOString()}&limit=100`];
    for (const path of lists) {
      const { response, body } = await json(path);
      expect(response.status, path).toBe(200);
      const ids = body.data.map((a: { id: string }) => a.id);
      expect(ids, path).toContain(n.published.id);
      for (const hidden of [n.embargoed, n.unpublished, n.deleted, n.draft]) expect(ids, path).not.toContain(hidden.id);
    }
    for (const format of ["", "?format=ninjs"]) {
      for (const hidden of [n.embargoed, n.draft]) {
        for (const ref of [hidden.id, hidden.slug]) expect((await call(`/api/v1/articles/${ref}${format}`)).status).toBe(404);
      }
      for (const left of [n.unpublished, n.deleted]) {
        for (const ref of [left.id, left.slug]) {
          const { response, body } = await json(`/api/v1/articles/${ref}${format}`);
          expect(response.status).toBe(410);
          expect(body.error).toMatchObject({ code: "gone", id: left.id });
        }
      }
    }
    expect((await call(`/api/v1/articles/${n.published.slug}`)).status).toBe(200);
  });

  it("lists a tag or an author only once one of their articles is out", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const tag = `Scoop ${word()}`;
    const story = await makeArticle(editor, "SCHEDULED", { tags: [tag], bylines: [reporter.id] });
    const slugOf = async () => (await db.tag.findFirstOrThrow({ where: { name: tag } })).slug;
    const reporterSlug = (await db.user.findUniqueOrThrow({ where: { id: reporter.id } })).slug;
    const allSlugs = async (path: string) => {
      const slugs: string[] = [];
      let cursor: string | null = null;
      do {
        const { body } = await json(`${path}?limit=100${cursor ? `&cursor=${cursor}` : ""}`);
        slugs.push(...body.data.map((x: { slug: string }) => x.slug));
        cursor = body.meta.next_cursor;
      } while (cursor);
      return slugs;
    };
    expect(await allSlugs("/api/v1/tags")).not.toContain(await slugOf());
    expect(await allSlugs("/api/v1/authors")).not.toContain(reporterSlug);
    await db.article.update({ where: { id: story.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect(await allSlugs("/api/v1/tags")).toContain(await slugOf());
    expect(await allSlugs("/api/v1/authors")).toContain(reporterSlug);
  });
});

describe("Content API: sections", () => {
  it("gives each article its section (JSON and ninjs) and lists a section with its subsections", async () => {
    const n = await newsroom();
    const world = await db.section.create({ data: { name: `World ${n.w}`, slug: `world-${n.w}`, path: `world-${n.w}` } });
    const asia = await db.section.create({ data: { name: `Asia ${n.w}`, slug: "asia", path: `world-${n.w}/asia`, parentId: world.id } });
    try {
      await db.article.update({ where: { id: n.published.id }, data: { sectionId: asia.id } });
      const one = await json(`/api/v1/articles/${n.published.id}`);
      expect(one.body.data.section).toEqual({ id: asia.id, name: `Asia ${n.w}`, slug: "asia", path: `world-${n.w}/asia`, url: expect.stringMatching(new RegExp(`/sections/world-${n.w}/asia$`)) });
      const ninjs = await json(`/api/v1/articles/${n.published.id}?format=ninjs`);
      expect(ninjs.body.subjects[0]).toMatchObject({ name: `Asia ${n.w}`, rel: "section", literal: `world-${n.w}/asia` });
      // The parent's list holds its subsection's story; the embargoed one in the same section does not show.
      await db.article.update({ where: { id: n.embargoed.id }, data: { sectionId: asia.id } });
      const list = await json(`/api/v1/articles?section=world-${n.w}`);
      expect(list.body.data.map((a: { id: string }) => a.id)).toEqual([n.published.id]);
      expect((await call(`/api/v1/articles?section=nowhere-${n.w}`)).status).toBe(404);
      expect((await call("/api/v1/articles?section=World//Asia")).status).toBe(400);
    } finally {
      await db.article.updateMany({ where: { sectionId: { in: [world.id, asia.id] } }, data: { sectionId: null } });
      await db.section.deleteMany({ where: { id: { in: [asia.id, world.id] } } });
    }
  });
});

describe("Content API: representations", () => {
  it("answers Dateline JSON valid against its OpenAPI document, and ninjs valid against IPTC's ninjs 3.1 schema", async () => {
    const n = await newsroom();
    const document = await (await call("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    const component = openApiValidators(document);
    const validNinjs = ninjsValidator();

    const one = await json(`/api/v1/articles/${n.published.id}`);
    expect(component("ArticleResponse")(one.body), JSON.stringify(component("ArticleResponse").errors)).toBe(true);
    expect(one.body.data.body.html).toContain(`The ${n.w} council met.`);
    expect(one.body.data.body.text).toBe(`The ${n.w} council met.`);
    expect(one.body.data.body.document.type).toBe("doc");
    expect(one.body.data.url).toMatch(new RegExp(`/articles/${n.published.slug}$`));
    expect(one.body.data.section).toBeNull();

    const list = await json(`/api/v1/articles?tag=${n.tagSlug}&include=body,corrections`);
    expect(component("ArticleList")(list.body), JSON.stringify(component("ArticleList").errors)).toBe(true);
    for (const path of ["/api/v1/tags", "/api/v1/authors"]) {
      const { body } = await json(path);
      const id = path.endsWith("tags") ? "TagList" : "AuthorList";
      expect(component(id)(body), JSON.stringify(component(id).errors)).toBe(true);
    }

    const byAccept = await call(`/api/v1/articles/${n.published.slug}`, { headers: { Accept: "application/ninjs+json" } });
    expect(byAccept.headers.get("content-type")).toContain("application/ninjs+json");
    const item = await byAccept.json();
    expect(validNinjs(item), JSON.stringify(validNinjs.errors)).toBe(true);
    expect(component("NinjsItem")(item)).toBe(true);
    // The validators can fail: a property ninjs does not define, an article without its id.
    expect(validNinjs({ ...item, headline: "not a ninjs property" })).toBe(false);
    expect(component("ArticleResponse")({ data: { ...one.body.data, id: undefined } })).toBe(false);
    expect(item.headlines[0].value).toBe(`PUBLISHED ${n.w} story`);
    expect(item.bodies.map((b: { contentType: string }) => b.contentType)).toEqual(["text/html", "text/plain"]);

    const ninjsList = await json(`/api/v1/articles?tag=${n.tagSlug}&format=ninjs`);
    expect(component("NinjsList")(ninjsList.body)).toBe(true);
    for (const each of ninjsList.body.data) expect(validNinjs(each), JSON.stringify(validNinjs.errors)).toBe(true);
  }, 90_000); // Ajv compiles both documents (zod's date-time and uuid patterns are large)

  it("trims to the named fields and expands with include", async () => {
    const n = await newsroom();
    const { body } = await json(`/api/v1/articles?tag=${n.tagSlug}&fields=headline,url`);
    expect(Object.keys(body.data[0]).sort()).toEqual(["headline", "id", "url"]);
    const listed = await json(`/api/v1/articles?tag=${n.tagSlug}`);
    expect(listed.body.data[0].body).toBeUndefined();
    const expanded = await json(`/api/v1/articles?tag=${n.tagSlug}&include=body`);
    expect(expanded.body.data[0].body.text).toContain(n.w);
  });
});

describe("Content API: pagination and caching", () => {
  it("walks every article exactly once by cursor, in a stable order, while new ones are published", async () => {
    const editor = await makeUser("EDITOR");
    const tag = `Page ${word()}`;
    const at = new Date(Date.now() - 3_600_000);
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await makeArticle(editor, "PUBLISHED", { tags: [tag] }));
    // Ties on publication time: the id breaks them.
    await db.article.updateMany({ where: { id: { in: made.map((a) => a.id) } }, data: { publishedAt: at } });
    const slug = (await db.tag.findFirstOrThrow({ where: { name: tag } })).slug;
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { body } = await json(`/api/v1/articles?tag=${slug}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...body.data.map((a: { id: string }) => a.id));
      cursor = body.meta.next_cursor;
      if (pages++ === 0) await makeArticle(editor, "PUBLISHED", { tags: [tag] }); // lands before the cursor: not in later pages
    } while (cursor);
    expect(seen).toEqual(made.map((a) => a.id).sort().reverse());
    const bad = await json(`/api/v1/articles?tag=${slug}&cursor=bm9wZQ`);
    expect(bad.response.status).toBe(400);
    expect(bad.body.error.message).toMatch(/next_cursor/);
  });

  it("answers 304 to a current ETag or Last-Modified, and is cacheable at the edge", async () => {
    const n = await newsroom();
    const first = await call(`/api/v1/articles/${n.published.id}`);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1");
    expect(first.headers.get("vary")).toBe("Accept, Authorization");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = preflightArticles();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
    expect((await call(`/api/v1/articles/${n.published.id}`, { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect((await call(`/api/v1/articles/${n.published.id}`, { headers: { "If-Modified-Since": first.headers.get("last-modified")! } })).status).toBe(304);
    const list = await call(`/api/v1/articles?tag=${n.tagSlug}`);
    expect((await call(`/api/v1/articles?tag=${n.tagSlug}`, { headers: { "If-None-Match": list.headers.get("etag")! } })).status).toBe(304);
    await db.article.update({ where: { id: n.published.id }, data: { headline: "Changed" } });
    expect((await call(`/api/v1/articles/${n.published.id}`, { headers: { "If-None-Match": etag } })).status).toBe(200);
    expect((await call(`/api/v1/articles?tag=${n.tagSlug}`, { headers: { "If-None-Match": list.headers.get("etag")! } })).status).toBe(200);
  });

  it("refuses unbounded or unknown parameters with a message that says what to send", async () => {
    for (const [query, pattern] of [
      ["limit=1000", /limit must be from 1 to 100/],
      ["tags=x", /Unknown parameter tags/],
      ["fields=headline,secret", /fields does not know secret/],
      ["updated_since=yesterday", /updated_since must be an ISO 8601 time/],
      [`q=${"a".repeat(201)}`, /q is at most 200/],
      ["tag=no-such-tag-here", /No tag has the slug/],
    ] as const) {
      const { response, body } = await json(`/api/v1/articles?${query}`);
      expect(response.status, query).toBeGreaterThanOrEqual(400);
      expect(body.error.message, query).toMatch(pattern);
    }
    expect((await call(`/api/v1/articles?q=${"a".repeat(2100)}`)).status).toBe(414);
  });
});

describe("Content API: keys", () => {
  it("answers 401 in JSON for a malformed, unknown or revoked key, and records when a good key was last used", async () => {
    const admin = await makeUser("ADMIN");
    const created = await createApiKey(admin, { name: `App ${uniqueSuffix()}` });
    const ok = await call("/api/v1/tags", { headers: { Authorization: `Bearer ${created.key}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-policy")).toBe('"key";q=600;w=60');
    expect(ok.headers.get("ratelimit")).toMatch(/^"key";r=599;t=\d+$/);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.keyHash).not.toContain(created.key.slice(3));

    const cases: [string, RegExp][] = [
      ["Bearer nonsense", /not a Dateline API key/],
      [`Bearer dl_${"A".repeat(43)}`, /not known/],
      [`Basic ${created.key}`, /Authorization: Bearer/],
    ];
    for (const [header, message] of cases) {
      const { response, body } = await json("/api/v1/articles", { headers: { Authorization: header } });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(body.error.message).toMatch(message);
    }
    await revokeApiKey(admin, { id: created.id });
    const revoked = await json("/api/v1/articles", { headers: { Authorization: `Bearer ${created.key}` } });
    expect(revoked.response.status).toBe(401);
    expect(revoked.body.error.message).toMatch(/revoked/);
  });

  it("shows drafts only to a drafts:read key that asks, and never lets a shared cache keep them", async () => {
    const admin = await makeUser("ADMIN");
    const n = await newsroom();
    const reader = await createApiKey(admin, { name: "Reader" });
    const trusted = await createApiKey(admin, { name: "Trusted", draftsRead: true });
    expect((await call(`/api/v1/articles/${n.draft.id}?include_drafts=true`)).status).toBe(401);
    expect((await call(`/api/v1/articles/${n.draft.id}?include_drafts=true`, { headers: { Authorization: `Bearer ${reader.key}` } })).status).toBe(403);
    expect((await call(`/api/v1/articles/${n.draft.id}`, { headers: { Authorization: `Bearer ${trusted.key}` } })).status).toBe(404);
    const draft = await call(`/api/v1/articles/${n.draft.id}?include_drafts=true`, { headers: { Authorization: `Bearer ${trusted.key}` } });
    expect(draft.status).toBe(200);
    expect((await draft.json()).data.status).toBe("draft");
    expect(draft.headers.get("cache-control")).toBe("private, no-store");
    const list = await json(`/api/v1/articles?tag=${n.tagSlug}&include_drafts=1`, { headers: { Authorization: `Bearer ${trusted.key}` } });
    expect(list.body.data.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([n.draft.id, n.embargoed.id, n.published.id]));
    expect(list.body.data.map((a: { id: string }) => a.id)).not.toContain(n.deleted.id);
    expect(list.response.headers.get("cache-control")).toBe("private, no-store");
    const embargoedNinjs = await (await call(`/api/v1/articles/${n.embargoed.id}?include_drafts=true&format=ninjs`, { headers: { Authorization: `Bearer ${trusted.key}` } })).json();
    expect(embargoedNinjs.pubStatus).toBe("withheld");
    expect(embargoedNinjs.embargoedUntil).toBeDefined();
    expect(ninjsValidator()(embargoedNinjs)).toBe(true);
  });

  it("limits each key's requests, with RateLimit headers and Retry-After", async () => {
    const admin = await makeUser("ADMIN");
    const key = await createApiKey(admin, { name: "Busy" });
    await db.$executeRaw`INSERT INTO rate_limit_buckets (key, count, reset_at) VALUES (${`api:key:${key.id}`}, 600, now() + interval '30 seconds')`;
    const { response, body } = await json("/api/v1/tags", { headers: { Authorization: `Bearer ${key.key}` } });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("ratelimit")).toMatch(/^"key";r=0;t=\d+$/);
    expect(body.error.message).toMatch(/600 a minute for this key/);
    // Another key, or no key, has its own quota.
    expect((await call("/api/v1/tags")).status).toBe(200);
  });

  it("creates and revokes keys from the command line, printing the key once", async () => {
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    const run = (...args: string[]) => spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/api-key.ts", ...args], { env, encoding: "utf8", timeout: 60_000 });
    const created = run("create", "--name", `CLI ${uniqueSuffix()}`);
    expect(created.status, created.stderr).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^dl_[A-Za-z0-9_-]{43}$/);
    expect((await call("/api/v1/tags", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
    const revoked = run("revoke", key.slice(0, 11));
    expect(revoked.status, revoked.stderr).toBe(0);
    expect((await call("/api/v1/tags", { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);
  }, 120_000); // two CLI runs, each starting Node with tsx and checking migrations
});
