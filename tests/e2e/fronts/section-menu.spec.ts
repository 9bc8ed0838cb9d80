import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";
import { insertSection, insertSectionStory, minutesAgo } from "./support";

// Issue 13: the masthead's section menu. The menu holds the first 20 top-level sections
// (by order, then name); other tests' sections pile up in the shared database at order 0,
// so these names start with "0" to sort first.

test("a section created, renamed and deleted in the admin shows in the masthead menu of cached pages at once", async ({ page, browser }) => {
  test.slow(); // signs in and drives the admin: slow on a shared CI machine
  const admin = await makeStaff("ADMIN");
  const w = uniqueWord();
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const menu = reader.getByRole("navigation", { name: "Sections" });

  // A sibling that stays; a story without a section; its page and the home page are cached before the section exists.
  await insertSection(`0 Anchor ${w}`);
  const story = await insertSectionStory({ headline: `Harbour reopens ${w}`, sectionId: null, publishedAt: minutesAgo(1) });
  await reader.goto("/");
  await reader.goto(`/articles/${story.slug}`);

  await signIn(page, admin);
  await page.goto("/admin/sections");
  await page.getByLabel("Name", { exact: true }).fill(`0 Briefing ${w}`);
  await page.getByRole("button", { name: "Create section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "created" })).toHaveText(`Section “0 Briefing ${w}” created at /sections/0-briefing-${w}.`);

  // One load each (no reload loop): the site-wide expiry already reached the cached pages.
  for (const path of ["/", `/articles/${story.slug}`]) {
    await reader.goto(path);
    const link = menu.getByRole("link", { name: `0 Briefing ${w}` });
    await expect(link, path).toHaveAttribute("href", `/sections/0-briefing-${w}`);
    await expect(link, path).not.toHaveAttribute("aria-current", /.*/);
  }

  // The section's own front marks it as the page; an article in it as the current section.
  await reader.goto(`/sections/0-briefing-${w}`);
  await expect(menu.getByRole("link", { name: `0 Briefing ${w}` })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator("[aria-current]")).toHaveCount(1);
  await page.reload();
  await page.getByRole("link", { name: `0 Briefing ${w}` }).click();
  await page.waitForURL(/\/admin\/sections\/[0-9a-f-]{36}$/);
  const id = /\/admin\/sections\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const inSection = await insertSectionStory({ headline: `Ferry timetable ${w}`, sectionId: id, publishedAt: minutesAgo(1) });
  await reader.goto(`/articles/${inSection.slug}`);
  await expect(menu.getByRole("link", { name: `0 Briefing ${w}` })).toHaveAttribute("aria-current", "true");

  // On a 375 px phone the menu scrolls inside itself; the page never scrolls sideways.
  await reader.setViewportSize({ width: 375, height: 740 });
  await reader.goto("/");
  await expect(menu).toBeVisible();
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Renamed: every page shows the new name at the next request.
  await page.getByLabel("Name", { exact: true }).fill(`0 Morning briefing ${w}`);
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await reader.goto(`/articles/${story.slug}`);
  await expect(menu.getByRole("link", { name: `0 Morning briefing ${w}` })).toBeVisible();
  await expect(menu.getByRole("link", { name: `0 Briefing ${w}` })).toHaveCount(0);

  // Deleted (once its story moved out): gone from the menu.
  await withDb((db) => db.query(`UPDATE articles SET section_id = NULL WHERE id = $1`, [inSection.id]));
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete section" }).click();
  await page.waitForURL(/\/admin\/sections\?done=deleted/);
  await reader.goto("/");
  await expect(menu.getByRole("link", { name: `0 Anchor ${w}` })).toBeVisible();
  await expect(menu.getByRole("link", { name: new RegExp(`briefing ${w}`) })).toHaveCount(0);
  await readerContext.close();
});
