import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { db, disconnectDb } from "@/lib/db";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { GET as listArticles, OPTIONS as preflightArticles } from "@/app/api/v1/articles/route";
import { GET as getArticle } from "@/app/api/v1/articles/[ref]/route";
import { GET as listTags } from "@/app/api/v1/tags/route";
import { GET as listAuthors } from "@/app/api/v1/authors/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listSections } from "@/app/api/v1/sections/route";
import { GET as getSection } from "@/app/api/v1/sections/[...ref]/route";
import { GET as listLiveEntries } from "@/app/api/v1/articles/[ref]/live-entries/route";
import { createSection, deleteSection, updateSection } from "@/lib/sections/save-section";
import { setLiveCoverage } from "@/lib/live/coverage";
import { deleteLiveEntry, editLiveEntry, pinLiveEntry, postLiveEntry } from "@/lib/live/entries";
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
  const live = /^\/articles\/([^/]+)\/live-entries$/.exec(rest);
  if (live) return listLiveEntries(request, { params: Promise.resolve({ ref: decodeURIComponent(live[1]!) }) });
  if (rest === "/sections") return listSections(request, { params: Promise.resolve({}) });
  if (rest.startsWith("/sections/")) return getSection(request, { params: Promise.resolve({ ref: rest.slice("/sections/".length).split("/").map(decodeURIComponent) }) });
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

const sectionFields = (name: string, more: { slug?: string; parentId?: string; position?: number; description?: string } = {}) => ({
  name,
  slug: more.slug ?? "",
  description: more.description ?? "",
  position: more.position ?? 0,
  parentId: more.parentId,
});

async function allSections(limit: number) {
  const seen: { id: string; path: string; parent_id: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const { response, body } = await json(`/api/v1/sections?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    seen.push(...body.data);
    cursor = body.meta.next_cursor;
  } while (cursor);
  return seen;
}

describe("Content API: /sections", () => {
  it("lists every section by path, parents first, and answers one by id or path, an old path with a 301 to the new", async () => {
    const admin = await makeUser("ADMIN");
    const w = word();
    const world = await createSection(admin, sectionFields(`World ${w}`, { slug: `world-${w}`, description: "News from abroad.", position: 2 }));
    const asia = await createSection(admin, sectionFields(`Asia ${w}`, { slug: "asia", parentId: world.id, position: 1 }));
    try {
      const listed = await allSections(2);
      expect(new Set(listed.map((s) => s.id)).size).toBe(listed.length);
      // Every parent comes before its subsections, across pages.
      for (const [i, s] of listed.entries()) if (s.parent_id) expect(listed.findIndex((p) => p.id === s.parent_id), s.path).toBeLessThan(i);
      const mine = listed.filter((s) => s.path.startsWith(`world-${w}`));
      expect(mine).toEqual([
        { id: world.id, name: `World ${w}`, slug: `world-${w}`, path: `world-${w}`, description: "News from abroad.", position: 2, parent_id: null, url: expect.stringMatching(new RegExp(`/sections/world-${w}$`)) },
        { id: asia.id, name: `Asia ${w}`, slug: "asia", path: `world-${w}/asia`, description: "", position: 1, parent_id: world.id, url: expect.stringMatching(new RegExp(`/sections/world-${w}/asia$`)) },
      ]);

      const byPath = await call(`/api/v1/sections/world-${w}/asia`);
      expect(byPath.status).toBe(200);
      expect((await byPath.json()).data).toEqual(mine[1]);
      expect((await json(`/api/v1/sections/${asia.id}`)).body.data).toEqual(mine[1]);
      expect(byPath.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1");
      expect((await call(`/api/v1/sections/world-${w}/asia`, { headers: { "If-None-Match": byPath.headers.get("etag")! } })).status).toBe(304);
      expect((await call(`/api/v1/sections/world-${w}/asia`, { headers: { "If-Modified-Since": byPath.headers.get("last-modified")! } })).status).toBe(304);

      await updateSection(admin, asia.id, sectionFields(`Asia-Pacific ${w}`, { slug: "asia-pacific", parentId: world.id, position: 1 }));
      const old = await call(`/api/v1/sections/world-${w}/asia`);
      expect(old.status).toBe(301);
      expect(old.headers.get("location")).toBe(`/api/v1/sections/world-${w}/asia-pacific`);
      expect((await json(`/api/v1/sections/world-${w}/asia-pacific`)).body.data).toMatchObject({ id: asia.id, name: `Asia-Pacific ${w}` });

      for (const path of [`/api/v1/sections/nowhere-${w}`, "/api/v1/sections/World", `/api/v1/sections/${crypto.randomUUID()}`]) {
        const { response, body } = await json(path);
        expect(response.status, path).toBe(404);
        expect(body.error.code).toBe("not_found");
      }
      expect((await call("/api/v1/sections?parent=x")).status).toBe(400);
      expect((await call(`/api/v1/sections/world-${w}?limit=1`)).status).toBe(400);
    } finally {
      await deleteSection(admin, asia.id);
      await deleteSection(admin, world.id);
    }
  });

  it("searches within a section and its subsections (q with section)", async () => {
    const admin = await makeUser("ADMIN");
    const n = await newsroom();
    const elsewhere = await makeArticle(n.editor, "PUBLISHED", { headline: `Elsewhere ${n.w}`, body: makeDocument(`The ${n.w} council met again.`) });
    const world = await createSection(admin, sectionFields(`World ${n.w}`, { slug: `world-${n.w}` }));
    const asia = await createSection(admin, sectionFields(`Asia ${n.w}`, { slug: "asia", parentId: world.id }));
    try {
      await db.article.update({ where: { id: n.published.id }, data: { sectionId: asia.id } });
      await db.article.update({ where: { id: n.embargoed.id }, data: { sectionId: asia.id } });
      const ids = async (query: string) => {
        const { response, body } = await json(`/api/v1/articles?${query}`);
        expect(response.status, query).toBe(200);
        return body.data.map((a: { id: string }) => a.id);
      };
      expect((await ids(`q=${n.w}`)).sort()).toEqual([n.published.id, elsewhere.id].sort());
      expect(await ids(`q=${n.w}&section=world-${n.w}`)).toEqual([n.published.id]);
      expect(await ids(`q=${n.w}&section=world-${n.w}/asia&tag=${n.tagSlug}`)).toEqual([n.published.id]);
      expect(await ids(`q=elsewhere+${n.w}&section=world-${n.w}`)).toEqual([]);
      expect((await call(`/api/v1/articles?q=${n.w}&section=nowhere-${n.w}`)).status).toBe(404);
    } finally {
      await db.article.updateMany({ where: { sectionId: { in: [world.id, asia.id] } }, data: { sectionId: null } });
      await deleteSection(admin, asia.id);
      await deleteSection(admin, world.id);
    }
  });
});

async function liveArticle(editor: Awaited<ReturnType<typeof makeUser>>, status: "PUBLISHED" | "SCHEDULED" = "PUBLISHED") {
  const article = await makeArticle(editor, status, { headline: `Live ${word()}` });
  await setLiveCoverage(editor, { articleId: article.id, startsAt: new Date(Date.now() - 60_000) });
  return article;
}

const post = (editor: Awaited<ReturnType<typeof makeUser>>, articleId: string, text: string, more: { headline?: string; keyEvent?: boolean } = {}) =>
  postLiveEntry(editor, { articleId, headline: more.headline ?? "", body: makeDocument(text), keyEvent: more.keyEvent ?? false });

describe("Content API: /articles/{ref}/live-entries", () => {
  it("lists a live article's entries newest first in pages, never a deleted one, and what changed since a time", async () => {
    const editor = await makeUser("EDITOR");
    const live = await liveArticle(editor);
    const first = await post(editor, live.id, "Delegations arrive in Doha.", { headline: "Delegations arrive", keyEvent: true });
    const second = await post(editor, live.id, "Talks are delayed.");
    const third = await post(editor, live.id, "Talks <b>begin</b> & continue.");
    await pinLiveEntry(editor, { entryId: first.id, pinned: true });
    await deleteLiveEntry(editor, second.id);

    const seen: { id: string }[] = [];
    let cursor: string | null = null;
    do {
      const { response, body } = await json(`/api/v1/articles/${live.id}/live-entries?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      expect(body.meta.coverage).toMatchObject({ state: "live", ends_at: null });
      seen.push(...body.data);
      cursor = body.meta.next_cursor;
    } while (cursor);
    expect(seen.map((e) => e.id)).toEqual([third.id, first.id]);
    const [newest, keyEvent] = seen as Record<string, unknown>[];
    expect(newest).toMatchObject({ headline: "", key_event: false, pinned: false, edited_at: null, author: { id: editor.id, name: editor.name } });
    // Sanitized HTML from the one renderer (text escaped), and the plain text.
    expect((newest!.body as { html: string }).html).toBe("<p>Talks &lt;b&gt;begin&lt;/b&gt; &amp; continue.</p>");
    expect((newest!.body as { text: string }).text).toBe("Talks <b>begin</b> & continue.");
    expect(keyEvent).toMatchObject({ headline: "Delegations arrive", key_event: true, pinned: true, url: expect.stringMatching(new RegExp(`/articles/${live.slug}/entries/${first.id}$`)) });

    const bySlug = await call(`/api/v1/articles/${live.slug}/live-entries`);
    expect(bySlug.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=1");
    expect((await call(`/api/v1/articles/${live.slug}/live-entries`, { headers: { "If-None-Match": bySlug.headers.get("etag")! } })).status).toBe(304);

    // Polling: only what was posted, edited, pinned or unpinned at or after the time.
    const since = new Date();
    await editLiveEntry(editor, { entryId: first.id, headline: "Delegations arrive", body: makeDocument("Both delegations arrived in Doha."), keyEvent: true });
    const fourth = await post(editor, live.id, "A statement is expected.");
    const changed = await json(`/api/v1/articles/${live.id}/live-entries?updated_since=${since.toISOString()}`);
    expect(changed.body.data.map((e: { id: string }) => e.id)).toEqual([fourth.id, first.id]);
    expect(changed.body.data[1].edited_at).not.toBeNull();
    expect(changed.body.data[1].body.text).toBe("Both delegations arrived in Doha.");
    const beforePin = new Date();
    await pinLiveEntry(editor, { entryId: third.id, pinned: true });
    const pinned = await json(`/api/v1/articles/${live.id}/live-entries?updated_since=${beforePin.toISOString()}`);
    expect(pinned.body.data.map((e: { id: string; pinned: boolean }) => [e.id, e.pinned])).toEqual([[third.id, true]]);
    expect((await call(`/api/v1/articles/${live.slug}/live-entries`, { headers: { "If-None-Match": bySlug.headers.get("etag")! } })).status).toBe(200);
    expect((await json(`/api/v1/articles/${live.id}/live-entries?since=yesterday`)).body.error.message).toMatch(/Unknown parameter since/);
  });

  it("answers for the article exactly as /articles/{ref} does: embargoed 404, unpublished or expired 410 with its id, an old slug 301; and 404 for an article not live", async () => {
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    const embargoed = await liveArticle(editor, "SCHEDULED");
    await post(editor, embargoed.id, "Prepared under embargo.");
    const unpublished = await liveArticle(editor);
    await post(editor, unpublished.id, "Soon withdrawn.");
    await db.article.update({ where: { id: unpublished.id }, data: { status: "UNPUBLISHED" } });
    const expired = await liveArticle(editor);
    await post(editor, expired.id, "Soon expired.");
    await db.article.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const renamed = await liveArticle(editor);
    await post(editor, renamed.id, "Still here.");
    const oldSlug = `old-${renamed.slug}`;
    await db.slugRedirect.create({ data: { slug: oldSlug, articleId: renamed.id } });
    const notLive = await makeArticle(editor, "PUBLISHED");

    for (const ref of [embargoed.id, embargoed.slug, unpublished.id, unpublished.slug, expired.id, expired.slug, oldSlug]) {
      const article = await call(`/api/v1/articles/${ref}`);
      const entries = await call(`/api/v1/articles/${ref}/live-entries`);
      expect(entries.status, ref).toBe(article.status);
      expect([301, 404, 410], ref).toContain(entries.status);
      const body = entries.status === 301 ? null : await entries.json();
      if (entries.status === 410) expect(body.error).toEqual((await article.json()).error);
      if (entries.status === 404) expect(body.error.code).toBe("not_found");
      if (entries.status !== 404) expect(entries.headers.get("content-type")).toContain("application/json");
    }
    expect((await call(`/api/v1/articles/${embargoed.id}/live-entries`)).status).toBe(404);
    expect((await call(`/api/v1/articles/${expired.slug}/live-entries`)).status).toBe(410);
    const moved = await call(`/api/v1/articles/${oldSlug}/live-entries?limit=5`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`/api/v1/articles/${renamed.slug}/live-entries?limit=5`);
    const none = await json(`/api/v1/articles/${notLive.id}/live-entries`);
    expect(none.response.status).toBe(404);
    expect(none.body.error.message).toMatch(/not live coverage/);

    // A drafts:read key that asks sees the embargoed coverage, never cached publicly.
    const trusted = await createApiKey(admin, { name: "Live preview", draftsRead: true });
    const preview = await call(`/api/v1/articles/${embargoed.id}/live-entries?include_drafts=true`, { headers: { Authorization: `Bearer ${trusted.key}` } });
    expect(preview.status).toBe(200);
    expect((await preview.json()).data.map((e: { body: { text: string } }) => e.body.text)).toEqual(["Prepared under embargo."]);
    expect(preview.headers.get("cache-control")).toBe("private, no-store");
  });

  it("answers sections and live entries valid against the served OpenAPI document", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const w = word();
    const section = await createSection(admin, sectionFields(`Region ${w}`, { slug: `region-${w}` }));
    const live = await liveArticle(editor);
    await post(editor, live.id, "First entry.", { headline: "Opening", keyEvent: true });
    try {
      const document = await (await call("/api/v1/openapi.json")).json();
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/sections", "/sections/{ref}", "/articles/{ref}/live-entries"]));
      const component = openApiValidators(document);
      const checks: [string, string][] = [
        ["/api/v1/sections?limit=100", "SectionList"],
        [`/api/v1/sections/region-${w}`, "SectionResponse"],
        [`/api/v1/articles/${live.id}/live-entries`, "LiveEntryList"],
      ];
      for (const [path, id] of checks) {
        const { response, body } = await json(path);
        expect(response.status, path).toBe(200);
        expect(component(id)(body), `${path}: ${JSON.stringify(component(id).errors)}`).toBe(true);
      }
      const entries = (await json(`/api/v1/articles/${live.id}/live-entries`)).body;
      expect(entries.data).toHaveLength(1);
      // The validators can fail: an entry without its body, a section without its path.
      expect(component("LiveEntryList")({ ...entries, data: [{ ...entries.data[0], body: undefined }] })).toBe(false);
      expect(component("SectionResponse")({ data: { ...(await json(`/api/v1/sections/region-${w}`)).body.data, path: undefined } })).toBe(false);
    } finally {
      await deleteSection(admin, section.id);
    }
  }, 90_000); // Ajv compiles the document (zod's date-time and uuid patterns are large)
});
