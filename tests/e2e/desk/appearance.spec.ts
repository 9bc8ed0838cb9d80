import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("the search and social previews follow the form, and the published page uses the search and social titles", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const word = uniqueWord();
  const headline = `Talks in Doha end without a ceasefire ${word}`;
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Standfirst").fill("A new round of negotiations ended without significant progress.");
  await page.getByLabel("Body").click();
  await page.keyboard.type("The Taliban leader said he remained in favor of a political settlement.");

  const search = page.getByRole("region", { name: "Search result preview" });
  const card = page.getByRole("region", { name: "Social card preview" });
  // The defaults, shown as the fields' placeholders and in both previews.
  await expect(page.getByLabel("Search title")).toHaveAttribute("placeholder", headline);
  await expect(page.getByLabel("Social description")).toHaveAttribute("placeholder", "A new round of negotiations ended without significant progress.");
  await expect(search).toContainText(headline);
  await expect(search).toContainText(`articles › talks-in-doha-end-without-a-ceasefire-${word}`);
  await expect(search).toContainText("A new round of negotiations ended without significant progress.");
  await expect(card).toContainText(headline);

  const seoTitle = `Doha talks: no ceasefire ${word}`;
  const socialTitle = `No truce for Eid as Doha talks end ${word}`;
  await page.getByLabel("Search title").fill(seoTitle);
  await expect(search).toContainText(seoTitle);
  await expect(search).not.toContainText(headline);
  await expect(card).toContainText(headline);
  await page.getByLabel("Social title").fill(socialTitle);
  await page.getByLabel("Social description").fill("What the Taliban leader said, and what comes next.");
  await expect(card).toContainText(socialTitle);
  await expect(card).toContainText("What the Taliban leader said, and what comes next.");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const path = await page.getByRole("link", { name: "View on site" }).getAttribute("href");

  const reader = await browser.newPage();
  await reader.goto(path!);
  await expect(reader).toHaveTitle(new RegExp(`^${seoTitle} · `));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", socialTitle);
  await expect(reader.locator('meta[name="twitter:description"]')).toHaveAttribute("content", "What the Taliban leader said, and what comes next.");
  await expect(reader.locator('meta[name="description"]')).toHaveAttribute("content", "A new round of negotiations ended without significant progress.");
  await reader.close();
});
