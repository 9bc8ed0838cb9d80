import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("an editor writes, tags and publishes an article a reader then finds; unpublishing takes it down", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR", "Leila Nasser");
  const word = uniqueWord();
  const headline = `Talks in Doha end without a ceasefire ${word}`;
  const tagName = `Qatar talks ${word}`;

  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await expect(page.getByLabel("Slug")).toHaveValue(`talks-in-doha-end-without-a-ceasefire-${word}`);
  await page.getByLabel("Standfirst").fill("A new round of negotiations ended without significant progress.");

  await page.getByLabel("Body").click();
  await page.keyboard.type("The Taliban leader said he remained ‘resolutely in favor of a political settlement’.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Heading 2" }).click();
  await page.keyboard.type("No truce for Eid");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Read the joint statement");
  await page.keyboard.press("Shift+Home");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link URL").fill("https://example.org/joint-statement");
  await page.getByLabel("Link URL").press("Enter");

  await page.getByLabel("Tags").fill(tagName);
  await page.getByLabel("Tags").press("Enter");
  await expect(page.getByRole("button", { name: `Remove tag ${tagName}` })).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const viewLink = page.getByRole("link", { name: "View on site" });
  await expect(viewLink).toBeVisible();
  const articlePath = await viewLink.getAttribute("href");
  expect(articlePath).toBe(`/articles/talks-in-doha-end-without-a-ceasefire-${word}`);

  // A signed-out reader.
  const reader = await browser.newPage();
  const response = await reader.goto(articlePath!);
  expect(response?.status()).toBe(200);
  await expect(reader).toHaveTitle(new RegExp(headline));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.getByRole("heading", { level: 2, name: "No truce for Eid" })).toBeVisible();
  await expect(reader.getByText("resolutely in favor of a political settlement")).toBeVisible();
  await expect(reader.getByRole("link", { name: "Read the joint statement" })).toHaveAttribute("href", "https://example.org/joint-statement");
  await expect(reader.getByText("By Leila Nasser")).toBeVisible();
  await expect(reader.locator('meta[name="description"]')).toHaveAttribute("content", "A new round of negotiations ended without significant progress.");

  await reader.getByRole("link", { name: tagName }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(tagName);
  await expect(reader.getByRole("link", { name: headline })).toBeVisible();

  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headline })).toBeVisible();

  // Unpublish: gone for readers, everywhere.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status")).toContainText("Unpublished");
  const gone = await reader.goto(articlePath!);
  expect(gone?.status()).toBe(404);
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
  await reader.close();
});

test("a save that fails validation says why and keeps the editor's words", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Body").click();
  await page.keyboard.type("Words that must not be lost.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Write a headline.");
  await expect(page.getByLabel("Body")).toContainText("Words that must not be lost.");
});

test("drafts and unknown articles answer 404 to readers", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const headline = `Draft only ${uniqueWord()}`;
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Not ready yet.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const slug = await page.getByLabel("Slug").inputValue();

  const reader = await browser.newPage();
  expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(404);
  expect((await reader.goto("/articles/no-such-article-anywhere"))?.status()).toBe(404);
  expect((await reader.goto("/tags/no-such-tag-anywhere"))?.status()).toBe(404);
  await reader.close();
});
