import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("the checklist shows what blocks publishing and what to improve, jumps to it, and the server refuses what it blocks", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`A headline long enough to be cut short in the list of search results of any engine ${uniqueWord()}`);

  const checklist = page.getByRole("region", { name: "Before publishing" });
  const blocking = checklist.getByRole("list", { name: "Blocking problems" });
  await expect(blocking).toContainText("The body is empty: write the article.");
  await expect(checklist.getByRole("list", { name: "Warnings" })).toContainText("search results show about 70");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations).toEqual([]);

  // The server refuses it too, naming the problem.
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The body is empty");

  await blocking.getByRole("button", { name: /Fix/ }).click();
  await page.keyboard.type("The council voted on Tuesday.");
  await expect(checklist).toContainText("Nothing blocks publishing.");
  await checklist.getByRole("list", { name: "Warnings" }).getByRole("listitem").filter({ hasText: "No standfirst" }).getByRole("button").click();
  await expect(page.getByLabel("Standfirst")).toBeFocused();
});
