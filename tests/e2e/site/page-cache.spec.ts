import { expect, test, type APIRequestContext } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";

async function cachedFrontPage(request: APIRequestContext): Promise<{ cache: string | undefined; body: string }> {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  return { cache: response.headers()["x-nextjs-cache"], body: await response.text() };
}

// Reporters save drafts all day. A draft no reader can see must not throw away the
// cached front page (and with it every reader's fast page) at each save.
test("a reporter's draft saves and submission leave the cached front page cached; a publish refreshes it", async ({ page, browser, request }) => {
  await cachedFrontPage(request);
  const before = await cachedFrontPage(request);
  expect(before.cache).toBe("HIT");

  const reporter = await makeStaff("REPORTER");
  const headline = `Draft from the field ${uniqueWord()}`;
  await signIn(page, reporter);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("First paragraph, filed from the field.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByLabel("Body").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" A second sentence.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Submitted for review");

  const after = await cachedFrontPage(request);
  expect(after.cache).toBe("HIT");
  expect(after.body).toBe(before.body);

  // Once an editor publishes it, the next reader gets a front page that lists it.
  const slug = await page.getByLabel("Slug").inputValue();
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, await makeStaff("EDITOR"));
  await editorPage.goto(page.url());
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByRole("status")).toContainText("Published");
  const published = await cachedFrontPage(request);
  expect(published.body).toContain(headline);
  expect(published.body).toContain(`/articles/${slug}`);
  await editorContext.close();
});

async function staffSlug(id: string): Promise<string> {
  return withDb(async (client) => (await client.query(`SELECT slug FROM users WHERE id = $1`, [id])).rows[0].slug as string);
}

type CachedXml = { status: number; cache: string | undefined; contentType: string | undefined; cacheControl: string | undefined; body: string };

async function readXml(request: APIRequestContext, path: string): Promise<CachedXml> {
  const response = await request.get(path);
  const headers = response.headers();
  return { status: response.status(), cache: headers["x-nextjs-cache"], contentType: headers["content-type"], cacheControl: headers["cache-control"], body: await response.text() };
}

// Feeds and sitemaps are cached like the pages: the second reader gets the stored copy
// (no database), and a publish still shows in every one of them at the next request.
test("feeds and sitemaps are served from the cache, and a publish changes them at once", async ({ page, request }) => {
  const word = uniqueWord();
  const tag = { name: `Feeds ${word}`, slug: `feeds-${word}` };
  await insertArticle({ headline: `Earlier in the tag ${word}`, publishedAt: new Date(Date.now() - 60_000), tag });
  const editor = await makeStaff("EDITOR");
  const authorFeed = `/authors/${await staffSlug(editor.id)}/feed.xml`;
  const feeds = { "/feed.xml": "application/rss+xml", [`/tags/${tag.slug}/feed.xml`]: "application/rss+xml", "/sitemap.xml": "application/xml", "/news-sitemap.xml": "application/xml" };

  const before = new Map<string, string>();
  for (const [path, type] of Object.entries(feeds)) {
    await readXml(request, path);
    const second = await readXml(request, path);
    expect(second.status, path).toBe(200);
    expect(second.cache, path).toBe("HIT");
    expect(second.contentType, path).toBe(`${type}; charset=utf-8`);
    expect(second.cacheControl, path).toBe("public, max-age=60");
    before.set(path, second.body);
  }
  // The editor has no public work yet: no feed (and that answer is cached too).
  await readXml(request, authorFeed);
  const missing = await readXml(request, authorFeed);
  expect([missing.status, missing.cache, missing.body]).toEqual([404, "HIT", "No such author."]);

  const headline = `Fresh in every feed ${word}`;
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Listed everywhere at once.");
  await page.getByLabel("Tags").fill(tag.name);
  await page.getByLabel("Tags").press("Enter");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const slug = await page.getByLabel("Slug").inputValue();

  const listed = { "/feed.xml": `<title>${headline}</title>`, [`/tags/${tag.slug}/feed.xml`]: `<title>${headline}</title>`, [authorFeed]: `<title>${headline}</title>`, "/sitemap.xml": `/articles/${slug}</loc>`, "/news-sitemap.xml": `<news:title>${headline}</news:title>` };
  for (const [path, expected] of Object.entries(listed)) {
    const fresh = await readXml(request, path);
    expect(fresh.status, path).toBe(200);
    expect(fresh.body, path).toContain(expected);
    expect(fresh.body, path).not.toBe(before.get(path));
    const again = await readXml(request, path);
    expect([again.cache, again.body], path).toEqual(["HIT", fresh.body]);
  }
});

// The server front answers a cached reader page itself, without Next's router
// (lib/http/serve-cached-route.js); with a query string the same address goes through Next,
// which serves the same cached entry. A reader must not be able to tell them apart: same
// status, headers and bytes, compressed or not. The front knows the length up front
// (Content-Length), Next streams it (chunked): that is how the test knows who answered.
test("a cached page answered by the server front is exactly the page Next answers", async ({ request }) => {
  const word = uniqueWord();
  const tag = { name: `Front ${word}`, slug: `front-${word}` };
  const article = await insertArticle({ headline: `Answered before the router ${word}`, publishedAt: new Date(Date.now() - 60_000), tag, body: "A paragraph long enough to be worth compressing. ".repeat(30) });
  const addresses = ["/", `/articles/${article.slug}`, `/tags/${tag.slug}`, `/tags/${tag.slug}/feed.xml`, "/feed.xml", "/sitemap.xml", `/authors/nobody-${word}/feed.xml`];
  const comparable = (headers: Record<string, string>) => {
    const { date: _date, connection: _connection, "keep-alive": _keepAlive, "content-length": _length, "transfer-encoding": _chunked, ...rest } = headers;
    return rest;
  };

  for (const address of addresses) {
    await request.get(address);
    for (const acceptEncoding of ["gzip, deflate, br, zstd", "identity"]) {
      const headers = { "accept-encoding": acceptEncoding };
      const front = await request.get(address, { headers });
      const next = await request.get(`${address}?via=next`, { headers });
      const label = `${address} (${acceptEncoding})`;
      expect(front.headers()["x-nextjs-cache"], label).toBe("HIT");
      expect(front.headers()["content-length"], `${label}: answered by the front`).toBeDefined();
      expect(next.headers()["transfer-encoding"], `${label}: answered by Next`).toBe("chunked");
      expect(front.status(), label).toBe(next.status());
      expect(comparable(front.headers()), label).toEqual(comparable(next.headers()));
      expect((await front.body()).equals(await next.body()), label).toBe(true);
    }
  }
  expect((await request.get(`/articles/${article.slug}`, { headers: { "accept-encoding": "gzip" } })).headers()["content-encoding"]).toBe("gzip");
});
