import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { insertSectionStory, minutesAgo } from "./support";

test("an admin builds World > Asia; readers get section pages, a feed, kicker, breadcrumbs and JSON-LD; a rename redirects; a non-empty section is not deleted", async ({ page, request, browser }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const admin = await makeStaff("ADMIN");
  const w = uniqueWord();
  await signIn(page, admin);

  await page.goto("/admin/sections");
  await page.getByLabel("Name", { exact: true }).fill(`World ${w}`);
  await page.getByRole("button", { name: "Create section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "created" })).toHaveText(`Section “World ${w}” created at /sections/world-${w}.`);
  await page.reload();
  await page.getByLabel("Name", { exact: true }).fill(`Asia ${w}`);
  await page.getByLabel("Parent section").selectOption({ label: `World ${w}` });
  await page.getByRole("button", { name: "Create section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "created" })).toHaveText(`Section “Asia ${w}” created at /sections/world-${w}/asia-${w}.`);

  const asiaId = await withDb(async (db) => (await db.query(`SELECT id FROM sections WHERE path = $1`, [`world-${w}/asia-${w}`])).rows[0].id as string);
  const story = await insertSectionStory({ headline: `Monsoon floods ${w}`, sectionId: asiaId, publishedAt: minutesAgo(2) });

  // The article page: the section as kicker and breadcrumbs, articleSection and a BreadcrumbList.
  // A context of its own: axe needs one (and the reader is signed out).
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/articles/${story.slug}`);
  const crumbs = reader.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link")).toHaveText(["Home", `World ${w}`, `Asia ${w}`]);
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "null");
  expect(ld.articleSection).toBe(`Asia ${w}`);
  expect(ld.mainEntityOfPage.breadcrumb["@type"]).toBe("BreadcrumbList");
  expect(ld.mainEntityOfPage.breadcrumb.itemListElement.map((i: { name: string }) => i.name).slice(1)).toEqual([`World ${w}`, `Asia ${w}`, story.headline]);

  // The section page (its parent's too), the feed and the sitemap.
  await reader.goto(`/sections/world-${w}/asia-${w}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Asia ${w}`);
  await expect(reader.getByRole("link", { name: story.headline })).toBeVisible();
  await reader.goto(`/sections/world-${w}`);
  await expect(reader.getByRole("link", { name: story.headline })).toBeVisible();
  const axe = await new AxeBuilder({ page: reader }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const feed = await request.get(`/sections/world-${w}/asia-${w}/feed.xml`);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`<title>${story.headline}</title>`);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`/sections/world-${w}/asia-${w}</loc>`);

  // Renaming the address part keeps the old addresses answering 301.
  await page.goto("/admin/sections");
  await page.getByRole("link", { name: `Asia ${w}` }).click();
  // The list page has a create form with the same field: wait for the section's own page.
  await page.waitForURL(/\/admin\/sections\/[0-9a-f-]{36}$/);
  await page.getByLabel("Address part (optional)").fill(`east-asia-${w}`);
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText(`now lives at /sections/world-${w}/east-asia-${w}`);
  for (const [from, to] of <[string, string][]>[
    [`/sections/world-${w}/asia-${w}`, `/sections/world-${w}/east-asia-${w}`],
    [`/sections/world-${w}/asia-${w}/feed.xml`, `/sections/world-${w}/east-asia-${w}/feed.xml`],
  ]) {
    const moved = await request.get(from, { maxRedirects: 0 });
    expect(moved.status(), from).toBe(301);
    expect(moved.headers()["location"]).toBe(to);
  }

  // A section that still holds an article is not deleted, and says how many.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete section" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "still has" })).toHaveText(`“Asia ${w}” still has 1 article (the trash counts too). Move them to another section first.`);
  await readerContext.close();
});

test("a reporter picks the primary section in the article form", async ({ page }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const reporter = await makeStaff("REPORTER");
  const w = uniqueWord();
  await withDb((db) => db.query(`INSERT INTO sections (name, slug, path, updated_at) VALUES ($1, $2, $2, now())`, [`Business ${w}`, `business-${w}`]));
  await signIn(page, reporter);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Markets rally ${w}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Shares rose.");
  await page.getByLabel("Section").selectOption({ label: `Business ${w}` });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}/);
  await expect(page.getByLabel("Section")).toHaveValue(/[0-9a-f-]{36}/);
  const row = await withDb(async (db) => (await db.query(`SELECT s.name FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.headline = $1`, [`Markets rally ${w}`])).rows[0]);
  expect(row?.name).toBe(`Business ${w}`);
});
