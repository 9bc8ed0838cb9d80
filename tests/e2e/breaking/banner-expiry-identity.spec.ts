import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { makePng } from "../../support/images";

// Issue 13: breaking-news banner, article end time (takedown), go-live recorded, site identity.

const TIME_ZONE = process.env.SITE_TIME_ZONE ?? "UTC";

/** A moment as a datetime-local value in the site's time zone (what an editor types). */
function localValue(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test.describe.configure({ mode: "serial", timeout: 300_000 });

test("a banner appears on every cached page at once and comes down by itself at its end time", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Harbour reopens ${word}`, publishedAt: new Date(Date.now() - 60_000) });
  const reader = await browser.newPage();
  // Both pages cached without a banner first.
  for (const path of ["/", `/articles/${article.slug}`]) {
    await reader.goto(path);
    await expect(reader.locator("[data-banner]")).toHaveCount(0);
  }

  await signIn(page, editor);
  await page.goto("/admin/site/banner");
  await expectAxeClean(page);
  await page.getByLabel("Line").fill(`Storm makes landfall ${word}`);
  await page.getByLabel("Link (optional)").fill(`/articles/${article.slug}`);
  await page.getByLabel("Style").selectOption("developing");
  await page.getByLabel("End time (optional)").fill(localValue(new Date(Date.now() + 20_000)));
  await page.getByRole("button", { name: "Save banner" }).click();
  await expect(page.getByText("The banner is up on every page.")).toBeVisible();

  for (const path of ["/", `/articles/${article.slug}`]) {
    await reader.goto(path);
    const banner = reader.getByRole("status").filter({ hasText: `Storm makes landfall ${word}` });
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute("aria-live", "polite");
    await expect(banner).toContainText("Developing");
    await expect(banner.getByRole("link", { name: `Storm makes landfall ${word}` })).toHaveAttribute("href", `/articles/${article.slug}`);
  }
  // Nothing runs at the end time: the next request after it renders without the banner.
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.locator("[data-banner]")).toHaveCount(0, { timeout: 100 });
  }).toPass({ timeout: 120_000, intervals: [1_000] });
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.locator("[data-banner]")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("The banner's end time has passed")).toBeVisible();
  await page.getByRole("button", { name: "Take the banner down now" }).click();
  await expect(page.getByText("The banner is down.")).toBeVisible();
  await expect(page.getByText("No banner is showing.")).toBeVisible();
});

test("an article past its end time is gone from every public surface with 410, and extending brings it back", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  // Published just now, so it is among the feed's newest twenty whatever the suite published before.
  const article = await insertArticle({ headline: `Licensed wire story ${word}`, publishedAt: new Date(Date.now() - 2_000), body: `Wire copy about ${word}.` });
  const reader = await browser.newPage();
  const response = await reader.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  expect(await (await reader.request.get("/feed.xml")).text()).toContain(article.slug);

  await signIn(page, editor);
  await page.goto(`/admin/articles/${article.id}`);
  const panel = page.getByRole("region", { name: "End time" });
  await panel.getByLabel("Take down at").fill(localValue(new Date(Date.now() + 20_000)));
  await panel.getByRole("button", { name: "Save end time" }).click();
  await expect(panel.getByText(/The article leaves the site at/)).toBeVisible();

  // Still up until the time comes (and cached meanwhile); then gone, with no job.
  expect((await reader.goto(`/articles/${article.slug}`))?.status()).toBe(200);
  await expect(async () => {
    const gone = await reader.goto(`/articles/${article.slug}`);
    expect(gone?.status()).toBe(410);
  }).toPass({ timeout: 120_000, intervals: [1_000] });
  await expect(reader.getByRole("heading", { name: "This article is no longer available" })).toBeVisible();
  expect(await (await reader.request.get("/feed.xml")).text()).not.toContain(article.slug);
  expect(await (await reader.request.get("/sitemap.xml")).text()).not.toContain(article.slug);
  await reader.goto(`/search?q=${word}`);
  await expect(reader.getByRole("link", { name: article.headline })).toHaveCount(0);
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: article.headline })).toHaveCount(0);

  // An editor extends it: back at once.
  await page.reload();
  await panel.getByLabel("Take down at").fill(localValue(new Date(Date.now() + 3600_000)));
  await panel.getByRole("button", { name: "Save end time" }).click();
  await expect(panel.getByText(/The article leaves the site at/)).toBeVisible();
  expect((await reader.goto(`/articles/${article.slug}`))?.status()).toBe(200);
  expect(await (await reader.request.get("/feed.xml")).text()).toContain(article.slug);
});

test("a scheduled article whose time passed shows as published, and its history and the audit log say when it went live", async ({ page }) => {
  const admin = await makeStaff("ADMIN");
  const word = uniqueWord();
  const at = new Date(Date.now() - 5 * 60_000);
  const article = await insertArticle({ headline: `Budget statement ${word}`, publishedAt: at, status: "SCHEDULED" });
  await signIn(page, admin);
  await page.goto(`/admin?status=PUBLISHED&q=${word}`);
  await expect(page.getByRole("row").filter({ hasText: article.headline })).toContainText("Published");
  await page.goto(`/admin?status=SCHEDULED`);
  await expect(page.getByRole("row").filter({ hasText: article.headline })).toHaveCount(0);
  await page.goto(`/admin/articles/${article.id}/history`);
  await expect(page.getByRole("row").filter({ hasText: "Went live at its scheduled time" })).toBeVisible();
  await page.goto(`/admin/audit?target=${article.id}`);
  await expect(page.getByRole("row").filter({ hasText: "article.went_live" })).toHaveCount(1);
});

test("an admin sets the site's name, logo and icon: masthead, JSON-LD and /favicon.ico follow at once", async ({ page, browser }) => {
  const admin = await makeStaff("ADMIN");
  const word = uniqueWord();
  const article = await insertArticle({ headline: `Logo check ${word}`, publishedAt: new Date(Date.now() - 60_000) });
  const reader = await browser.newPage();
  const favicon = await reader.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/png");
  await reader.goto(`/articles/${article.slug}`);

  await signIn(page, admin);
  await page.goto("/admin/site");
  await expectAxeClean(page);
  await page.getByLabel("Site name").fill(`Harbour Times ${word}`);
  await page.getByRole("button", { name: "Choose logo" }).click();
  await page.getByLabel("Upload a logo").setInputFiles({ name: `logo-${word}.png`, mimeType: "image/png", buffer: await makePng(800, 120) });
  await expect(page.getByRole("img", { name: "Chosen logo" })).toBeVisible();
  await page.getByRole("button", { name: "Choose icon" }).click();
  await page.getByLabel("Upload an icon").setInputFiles({ name: `icon-${word}.png`, mimeType: "image/png", buffer: await makePng(256, 256) });
  await expect(page.getByRole("img", { name: "Chosen icon" })).toBeVisible();
  await page.getByRole("button", { name: "Save site identity" }).click();
  await expect(page.getByText("Saved. Every page shows")).toBeVisible();

  await reader.goto(`/articles/${article.slug}`);
  const logo = reader.getByRole("banner").getByRole("img", { name: `Harbour Times ${word}` });
  await expect(logo).toBeVisible();
  const logoSrc = await logo.getAttribute("src");
  expect(logoSrc).toMatch(/^\/api\/media\//);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd.publisher.name).toBe(`Harbour Times ${word}`);
  expect(jsonLd.publisher.logo.url).toContain(logoSrc);
  const iconHref = await reader.locator('link[rel="icon"]').getAttribute("href");
  const icon = await reader.request.get(iconHref!);
  expect(icon.status()).toBe(200);
  expect((await icon.body()).equals(await favicon.body())).toBe(false);
  expect((await reader.request.get("/apple-touch-icon.png")).status()).toBe(200);

  // Back to the defaults so other tests see the usual masthead.
  await page.getByLabel("Site name").fill("");
  await page.getByRole("button", { name: "Remove logo" }).click();
  await page.getByRole("button", { name: "Remove icon" }).click();
  await page.getByRole("button", { name: "Save site identity" }).click();
  await expect(page.getByText("Saved. Every page shows")).toBeVisible();
});
