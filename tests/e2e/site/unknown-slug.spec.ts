import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { uniqueWord } from "../support/staff";

// An article slug no article or redirect has is answered by the article route from memory
// (before it reads anything) with the reader not-found page: status 404, the whole page in
// the HTML, and nothing rendered or cached for that slug.

const randomSlug = () => `no-such-story-${randomBytes(6).toString("hex")}`;

async function expectSiteNotFoundPage(page: Page): Promise<void> {
  await expect(page).toHaveTitle("Page not found · Dateline");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner").getByRole("link", { name: "Dateline" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("This page does not exist or is no longer published.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "RSS feed" })).toBeVisible();
  // The site's stylesheet applies (the header's double rule comes from it).
  expect(await page.getByRole("banner").evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe("double");
}

test("an unknown article slug gets the site's not-found page with status 404, whole without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`/articles/${randomSlug()}`);
  expect(response?.status()).toBe(404);
  await expectSiteNotFoundPage(page);
  await context.close();
});

test("with JavaScript on, the not-found page shows no errors and its link leads to the front page", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  expect((await page.goto(`/articles/${randomSlug()}`))?.status()).toBe(404);
  await expectSiteNotFoundPage(page);
  await page.getByRole("link", { name: "Go to the front page" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
  await expect(page.getByRole("banner")).toBeVisible();
  expect(errors).toEqual([]);
});

test("unknown slugs are answered without a render: the same bytes for every slug, outside the page cache", async ({ request }) => {
  const [first, second] = [randomSlug(), randomSlug()];
  const a = await request.get(`/articles/${first}`);
  const b = await request.get(`/articles/${second}`);
  expect([a.status(), b.status()]).toEqual([404, 404]);
  // A render would carry the slug in its payload.
  const [htmlA, htmlB] = [await a.text(), await b.text()];
  expect(htmlA).not.toContain(first);
  expect(htmlA).toBe(htmlB);
  expect(a.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=1");
  // Never kept in the page cache: asked again, the same slug is still a miss, not a HIT.
  const again = await request.get(`/articles/${first}`);
  expect(again.status()).toBe(404);
  expect(again.headers()["x-nextjs-cache"]).not.toBe("HIT");
  // Malformed slugs get the same answer.
  for (const path of ["/articles/Not-A-Slug", `/articles/${"a".repeat(200)}`, "/articles/a--b"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(htmlA);
  }
});

test("a draft's slug answers 404 without its words; a published article's slug is read", async ({ request }) => {
  const word = uniqueWord();
  const draft = await insertArticle({ headline: `Draft only ${word}`, publishedAt: new Date(), status: "DRAFT" });
  const published = await insertArticle({ headline: `Out now ${word}`, publishedAt: new Date(Date.now() - 1_000) });
  // The draft's slug is answered as an unknown one (byte for byte: tests/e2e/security/existence-leaks.spec.ts), the published one is read.
  const draftPage = await request.get(`/articles/${draft.slug}`);
  expect(draftPage.status()).toBe(404);
  expect(await draftPage.text()).not.toContain(`Draft only ${word}`);
  const publishedPage = await request.get(`/articles/${published.slug}`);
  expect(publishedPage.status()).toBe(200);
  expect(await publishedPage.text()).toContain(`Out now ${word}`);

  // A slug first asked for while no article had it is served the moment one does.
  const slug = randomSlug();
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404);
  await insertArticle({ headline: `Just in ${word}`, publishedAt: new Date(Date.now() - 1_000), slug });
  const fresh = await request.get(`/articles/${slug}`);
  expect(fresh.status()).toBe(200);
  expect(await fresh.text()).toContain(`Just in ${word}`);
});

test("feeds of unknown tags and authors answer 404; malformed ones never reach the page cache", async ({ request }) => {
  for (const [path, text] of [
    [`/tags/${randomSlug()}/feed.xml`, "No such tag."],
    [`/authors/${randomSlug()}/feed.xml`, "No such author."],
    ["/tags/Not_A_Slug/feed.xml", "No such tag."],
    ["/authors/a--b/feed.xml", "No such author."],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toBe("text/plain; charset=utf-8");
    expect(await response.text(), path).toBe(text);
  }
  // A malformed slug is answered by the proxy: nothing rendered, nothing cached.
  expect((await request.get("/tags/Not_A_Slug/feed.xml")).headers()["x-nextjs-cache"]).toBeUndefined();
  // Nothing lives below the site feed and sitemaps: the reader 404.
  for (const path of ["/feed.xml/extra", "/sitemap.xml/extra", "/news-sitemap.xml/extra"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Page not found");
  }
});
