import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";

test("autosave shows Saving… then Saved and keeps work across a reload; history diffs and restores as a new version", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Headline").fill(`Rail fares rise ${uniqueWord()}`);
  await page.getByLabel("Body").click();
  await page.keyboard.type("Fares rise by five per cent.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.getByLabel("Body").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Unions object.");
  await expect(page.getByRole("status")).toHaveText(/Saved at \d\d:\d\d UTC/, { timeout: 15_000 });

  // Reload without saving: the autosaved words are offered back.
  await page.reload();
  const offer = page.getByRole("region", { name: "Unsaved changes" });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "Recover my changes" }).click();
  await expect(page.getByLabel("Body")).toContainText("Unions object.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Saved at");

  await page.getByRole("link", { name: "History" }).click();
  const changes = page.getByRole("region", { name: /Changes from version/ });
  await expect(changes.locator("ins")).toContainText("Unions object.");
  await page.getByRole("button", { name: /Restore version 1$/ }).click();
  await expect(page.getByRole("status")).toContainText("Restored");
  await expect(page.getByLabel("Body")).not.toContainText("Unions object.");

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row", { name: /Restored/ }).first()).toContainText("Restored version 1");
  await expect(page.getByRole("row")).toHaveCount(4);
});
