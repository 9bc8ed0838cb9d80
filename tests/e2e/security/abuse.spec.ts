import { randomBytes } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { callAction, serverActions } from "./server-actions";

const SAMPLE = "/articles/afghanistan-end-of-a-round-of-talks-in-doha-without-a-ceasefire-agreement";

// Injection and abuse: SQL fragments in search and list parameters change nothing;
// huge, deep or malformed input gets a fast, clear refusal and never a 500.

const SQL = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  "\" OR \"\"=\"",
  "1; SELECT pg_sleep(5)",
  "') UNION SELECT password_hash, email FROM users --",
  "%' AND 1=0 UNION SELECT NULL --",
  "\\'; DELETE FROM users; --",
  "$$; DROP TABLE users; $$",
  "& | ! <-> :*",
  "'::tsquery",
];

test("SQL fragments in search and list parameters have no effect", async ({ page, request }) => {
  const draft = await insertArticle({ headline: `Secret draft ${uniqueWord()}`, publishedAt: new Date(), status: "DRAFT" });
  const before = await withDb(async (client) => (await client.query(`SELECT count(*)::int AS n FROM articles`)).rows[0].n as number);
  let tried = 0;
  for (const fragment of SQL) {
    const started = Date.now();
    const response = await request.get(`/search?q=${encodeURIComponent(fragment)}`);
    expect(response.status(), fragment).toBe(200);
    expect(Date.now() - started, `${fragment}: answered quickly (no pg_sleep)`).toBeLessThan(4000);
    expect(await response.text(), fragment).not.toContain(draft.headline);
    for (const path of ["/page/", "/tags/", "/authors/", "/articles/"]) {
      const status = (await request.get(`${path}${encodeURIComponent(fragment)}`)).status();
      expect(status, `${path}${fragment}`).toBeLessThan(500);
    }
    tried += 5;
  }
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  for (const fragment of SQL) {
    for (const param of ["q", "status", "byline", "tag", "page"]) {
      const response = await page.request.get(`/admin?${param}=${encodeURIComponent(fragment)}`);
      expect(response.status(), `${param}=${fragment}`).toBeLessThan(500);
      tried += 1;
    }
  }
  const after = await withDb(async (client) => (await client.query(`SELECT count(*)::int AS n FROM articles`)).rows[0].n as number);
  expect(after).toBeGreaterThanOrEqual(before);
  expect(await withDb(async (client) => (await client.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [editor.id])).rows[0].n)).toBe(1);
  console.log(`injection: ${tried} requests with SQL fragments, 0 server errors, tables intact`);
});

test("oversized, deeply nested and malformed articles get a clear refusal, never a 500", async ({ page, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const save = serverActions().find((a) => a.name === "saveArticleAction")!;
  const base = { headline: `Abuse ${uniqueWord()}`, standfirst: "", slug: "", intent: "save" };
  // Written as text: JSON.stringify itself recurses and overflows at this depth.
  const deep = `${'{"type":"blockquote","content":['.repeat(5000)}{"type":"paragraph","content":[{"type":"text","text":"bottom"}]}${"]}".repeat(5000)}`;
  const big = { type: "doc", content: Array.from({ length: 2000 }, () => ({ type: "paragraph", content: [{ type: "text", text: "x".repeat(1000) }] })) };
  const cases = [
    { label: "a 2 MB document", fields: { ...base, body: JSON.stringify(big) }, expected: /larger than|too large|body/i },
    { label: "5,000 levels of nesting", fields: { ...base, body: `{"type":"doc","content":[${deep}]}` }, expected: /nested too deeply|larger than|too large/i },
    { label: "a 3,000-character slug", fields: { ...base, body: JSON.stringify({ type: "doc", content: [{ type: "paragraph" }] }), slug: "a".repeat(3000) }, expected: /slug/i },
    { label: "a body that is not JSON", fields: { ...base, body: "{not json" }, expected: /could not be read/i },
    { label: "an unknown node", fields: { ...base, body: JSON.stringify({ type: "doc", content: [{ type: "iframe", attrs: { src: "https://evil.example" } }] }) }, expected: /not allowed|iframe|cannot|unknown/i },
  ];
  for (const item of cases) {
    const started = Date.now();
    const answer = await callAction(page.request, baseURL!, save, item.fields);
    const took = Date.now() - started;
    expect(answer.status, `${item.label}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    expect(answer.text, item.label).not.toContain('"status":"success"');
    expect(answer.text.length > 0 ? answer.text : `status ${answer.status}`, item.label).toMatch(item.expected);
    expect(took, `${item.label} answered in ${took} ms`).toBeLessThan(5000);
    console.log(`abuse: ${item.label} refused in ${took} ms (${answer.status})`);
  }
  expect(await withDb(async (client) => (await client.query(`SELECT count(*)::int AS n FROM articles WHERE headline = $1`, [base.headline])).rows[0].n)).toBe(0);
});

type Flood = { statuses: Map<number, number>; cacheHits: number; seconds: number };

// Sends `total` GETs, `concurrency` at a time, to the addresses `pathFor` makes. Plain
// node:http with kept-alive sockets: Playwright's request context and fetch cost the
// shared two cores several times more than the server's answer.
async function flood(baseURL: string, total: number, pathFor: (n: number) => string, concurrency = 16): Promise<Flood> {
  const base = new URL(baseURL);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (path: string) =>
    new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ host: base.hostname, port: base.port, path, agent }, (response) => response.resume().on("end", () => resolve(response))).on("error", reject);
    });
  const statuses = new Map<number, number>();
  let cacheHits = 0;
  let next = 0;
  const started = Date.now();
  async function worker() {
    while (next < total) {
      next += 1;
      const response = await get(pathFor(next));
      statuses.set(response.statusCode!, (statuses.get(response.statusCode!) ?? 0) + 1);
      // An answer served from Next's page cache: an earlier answer for that address was kept there.
      if (response.headers["x-nextjs-cache"] === "HIT") cacheHits += 1;
    }
  }
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    agent.destroy();
  }
  return { statuses, cacheHits, seconds: (Date.now() - started) / 1000 };
}

function summary(result: Flood): string {
  return [...result.statuses].map(([status, n]) => `${n}×${status}`).join(", ");
}

const randomSlug = (n: number) => randomBytes(1 + (n % 40)).toString("hex").slice(0, 1 + (n % 80));

// The article route answers slugs no article has from memory (lib/articles/known-slugs.ts)
// and the page cache keeps none of those answers, so a flood of them renders nothing and
// caches nothing, and readers are served meanwhile.
test("10,000 random unknown article slugs all answer 404 without touching the page cache, while readers are served", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const total = 10_000;
  const reader = { reads: 0, failures: [] as string[], done: false };
  const readerLoop = (async () => {
    while (!reader.done) {
      const response = await request.get(SAMPLE);
      reader.reads += 1;
      if (response.status() !== 200 || !(await response.text()).includes("Afghanistan")) reader.failures.push(`${response.status()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  // One in ten malformed (upper case, double hyphens): those never reach the database.
  const paths = Array.from({ length: total }, (_, i) => `/articles/${(i + 1) % 10 === 0 ? `Bad--${i + 1}` : randomSlug(i + 1)}`);
  const result = await flood(baseURL!, total, (n) => paths[n - 1]!).finally(() => {
    reader.done = true;
  });
  await readerLoop;
  console.log(`unknown article slugs: ${total} requests in ${result.seconds.toFixed(1)} s (${Math.round(total / result.seconds)}/s): ${summary(result)}; ${reader.reads} reads of a real article meanwhile`);
  expect([...result.statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(result.statuses.get(404)).toBe(total);
  // Nothing was kept for them: the same addresses asked again are never a cache HIT.
  const again = await flood(baseURL!, 500, (n) => paths[n - 1]!);
  expect(again.statuses.get(404)).toBe(500);
  expect(again.cacheHits).toBe(0);
  expect(reader.failures).toEqual([]);
  expect(reader.reads).toBeGreaterThan(0);
  // Healthy afterwards: the database answers and a real article still loads.
  expect((await request.get("/api/health")).status()).toBe(200);
  const article = await request.get(SAMPLE);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("Afghanistan");
  const long = await request.get(`/articles/${"a".repeat(3000)}`);
  expect(long.status()).toBe(404);
});

// Tag and author pages still render their own 404 per slug (cached per address).
test("1,000 random unknown tag and author slugs all answer 404, none a 500", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const total = 1_000;
  const result = await flood(baseURL!, total, (n) => `${n % 2 === 0 ? "/tags/" : "/authors/"}${randomSlug(n)}`);
  console.log(`unknown tag and author slugs: ${total} requests in ${result.seconds.toFixed(1)} s (${Math.round(total / result.seconds)}/s): ${summary(result)}`);
  expect([...result.statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect(result.statuses.get(404)).toBe(total);
});
