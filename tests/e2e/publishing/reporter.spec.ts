import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("a reporter saves drafts but the server refuses their publish, even when forced", async ({ page, browser }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Reporter draft ${uniqueWord()}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Filed from the field.");
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const slug = await page.getByLabel("Slug").inputValue();

  // Put a Publish button back into the page, as a hand-crafted request would.
  await page.evaluate(() => {
    const button = document.createElement("button");
    button.type = "submit";
    button.name = "intent";
    button.value = "publish";
    button.textContent = "Forced publish";
    document.querySelector("main form")?.append(button);
  });
  await page.getByRole("button", { name: "Forced publish" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your role does not allow this");

  const reader = await browser.newPage();
  expect((await reader.goto(`/articles/${slug}`))?.status()).toBe(404);
  await reader.close();
});
