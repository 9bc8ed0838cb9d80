import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

const GOOGLE_DOCS = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/paste/google-docs.html"), "utf8");

test("a story pasted from Google Docs keeps its headings, bold, links, lists and table, and readers see them", async ({ page, browser }) => {
  const editor = await makeStaff("EDITOR");
  const headline = `Doha talks end without a ceasefire ${uniqueWord()}`;
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(headline);
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  // What the browser does when someone presses Ctrl+V with a Docs selection on the clipboard.
  await body.evaluate((target, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "The Taliban leader reiterated…");
    target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, GOOGLE_DOCS);

  await expect(body.getByRole("heading", { level: 2, name: "No truce for Eid" })).toBeVisible();
  await expect(body.locator("strong", { hasText: "resolutely in favor of a political settlement" })).toBeVisible();
  // Colours and fonts are gone from the editor too.
  await expect(body.locator("[style]")).toHaveCount(0);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Published");
  const address = await page.getByRole("link", { name: "View on site" }).getAttribute("href");

  const reader = await browser.newPage();
  await reader.goto(address!);
  const article = reader.getByRole("article");
  await expect(article.getByRole("heading", { level: 2, name: "No truce for Eid" })).toBeVisible();
  await expect(article.getByRole("heading", { level: 3, name: "All-out offensive" })).toBeVisible();
  await expect(article.locator("strong", { hasText: "‘resolutely in favor of a political settlement’" })).toBeVisible();
  await expect(article.locator("em", { hasText: "ended without significant progress" })).toBeVisible();
  await expect(article.getByRole("link", { name: "joint statement" })).toHaveAttribute("href", "https://www.example.org/doha-statement");
  await expect(article.locator("ul > li", { hasText: "a political settlement" })).toBeVisible();
  await expect(article.locator("ul > li ul > li", { hasText: "including aid workers" })).toBeVisible();
  await expect(article.locator("ol > li", { hasText: "taking border crossings" })).toBeVisible();
  await expect(article.getByRole("cell", { name: "967" })).toBeVisible();
  await expect(article.getByRole("columnheader", { name: "Measure" })).toBeVisible();
  await reader.close();
});
