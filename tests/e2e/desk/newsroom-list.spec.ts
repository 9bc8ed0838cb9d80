import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { insertArticle } from "../support/articles";

test("the newsroom list moves between headlines with the keyboard and keeps each person's saved view", async ({ browser }) => {
  const reporter = await makeStaff("REPORTER");
  const word = uniqueWord();
  const tag = { name: `Harbour ${word}`, slug: `harbour-${word.toLowerCase()}` };
  const older = await insertArticle({ headline: `Older harbour story ${word}`, publishedAt: new Date(Date.now() - 120_000), status: "DRAFT", tag });
  const newer = await insertArticle({ headline: `Newer harbour story ${word}`, publishedAt: new Date(Date.now() - 60_000), status: "DRAFT", tag });

  const page = await (await browser.newContext()).newPage();
  await signIn(page, reporter);
  // The shortcuts work once the list's script has loaded: a press before that does nothing.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.getByLabel("Tag", { exact: true }).fill(tag.name);
  await page.getByLabel("Status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: older.headline })).toBeVisible();

  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(page.getByRole("link", { name: newer.headline })).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press("j");
  await expect(page.getByRole("link", { name: older.headline })).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByRole("link", { name: newer.headline })).toBeFocused();

  // The filter becomes this person's view of the list the next time they open it.
  await page.getByRole("button", { name: "Save as my view" }).click();
  await expect(page.getByText("Showing your saved view")).toBeVisible();
  await page.getByRole("link", { name: "Articles", exact: true }).click();
  await expect(page.getByText("Showing your saved view")).toBeVisible();
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue(tag.name);
  await expect(page.getByRole("link", { name: older.headline })).toBeVisible();

  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${newer.id}`));

  // Someone else's list is theirs.
  const editor = await makeStaff("EDITOR");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, editor);
  await expect(other.getByText("Showing your saved view")).toHaveCount(0);
  await expect(other.getByLabel("Tag", { exact: true })).toHaveValue("");

  await page.goto("/admin");
  await page.getByRole("button", { name: "Forget my view" }).click();
  await expect(page.getByText("Showing your saved view")).toHaveCount(0);
  await expect(page.getByLabel("Tag", { exact: true })).toHaveValue("");
});
