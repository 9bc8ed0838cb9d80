import { expect, test } from "@playwright/test";

// The sample article is imported by the seed that `npm start` runs (and `npm test` runs
// on the test database): it must read as the newsroom wrote it.
const HEADLINE = "Afghanistan: end of a round of talks in Doha, without a ceasefire agreement";

test("the sample article is reachable from the front page and reads in full at its URL", async ({ page }) => {
  await page.goto("/");
  // Other tests publish newer articles; follow the front page's pages to reach it.
  for (let n = 2; n <= 10 && (await page.getByRole("link", { name: HEADLINE }).count()) === 0; n++) {
    await page.getByRole("link", { name: /Older articles/ }).click();
    // Wait for the next page itself, not the one being left.
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`page ${n}`);
  }
  await page.getByRole("link", { name: HEADLINE }).click();
  await expect(page).toHaveURL(/\/articles\/afghanistan-end-of-a-round-of-talks-in-doha/);
  await expect(page).toHaveTitle(new RegExp(HEADLINE));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);
  const body = page.locator("article .prose");
  await expect(body.locator("h2")).toHaveText(["No truce for Eid", "All-out offensive"]);
  await expect(body.locator("p")).toHaveCount(12);
  await expect(body).toContainText("‘despite the progress and the victories military (…) we remain resolutely");
  await expect(page.locator("time").first()).toHaveAttribute("datetime", /^2021-09-20T/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^The Taliban leader reiterated/);
  await expect(page.locator("article footer").getByRole("link", { name: "Afghanistan" })).toHaveAttribute("href", "/tags/afghanistan");
});
