import { test } from "@playwright/test";
import { makeStaff, signIn } from "../support/staff";
import { allowSlowFlows, expect, expectNoViolations } from "./support";


allowSlowFlows();
// Each person sees where they are signed in and can end any other session; the ended
// browser is signed out at its next request. An admin can end all of someone's sessions.

const PHONE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";

test("the sessions list shows every browser; ending one signs that browser out", async ({ browser, page }) => {
  const reporter = await makeStaff("REPORTER");
  const phone = await browser.newContext({ userAgent: PHONE_UA });
  const phonePage = await phone.newPage();
  await signIn(phonePage, reporter);
  await signIn(page, reporter);

  await page.goto("/admin/profile");
  await page.getByRole("link", { name: "Your sessions" }).click();
  const table = page.getByRole("table", { name: "Your active sessions" });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row").filter({ hasText: "This browser" })).toContainText("Password");
  await expect(table).toContainText("Chrome on Android");
  await expectNoViolations(page);

  expect((await phone.request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
  await page.getByRole("button", { name: "End session on Chrome on Android" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  // The phone's next request finds itself signed out.
  await phonePage.goto("/admin");
  await phonePage.waitForURL(/\/login/);
  await expect(phonePage.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  // This browser still works.
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Articles", exact: true })).toBeVisible();
  await phone.close();
});

test("an admin ends all of someone's sessions", async ({ browser, page }) => {
  const admin = await makeStaff("ADMIN");
  const editor = await makeStaff("EDITOR");
  const contexts = [await browser.newContext(), await browser.newContext()];
  for (const context of contexts) await signIn(await context.newPage(), editor);
  await signIn(page, admin);
  await page.goto(`/admin/users/${editor.id}`);
  await expect(page.getByText("2 active sessions.")).toBeVisible();
  await page.getByRole("button", { name: "End all their sessions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All their sessions ended" })).toBeVisible();
  for (const context of contexts) {
    expect((await context.request.get("/admin", { maxRedirects: 0 })).headers()["location"]).toMatch(/\/login/);
    await context.close();
  }
  // The admin's own session is untouched.
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Staff" })).toBeVisible();
});
