import { expect, test } from "@playwright/test";
import { makeStaff } from "../support/staff";

test("ten failed sign-ins a minute lock the account with 429 and Retry-After", async ({ page, request, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  const attempt = (password: string) =>
    request.post("/login/submit", {
      form: { email: editor.email, password, from: "/admin" },
      headers: { Accept: "application/json", Origin: baseURL! },
    });
  for (let i = 0; i < 10; i++) {
    const response = await attempt(`wrong password ${i}`);
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ message: "That email and password do not match an active account." });
  }
  const blocked = await attempt(editor.password);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await blocked.json()).message).toMatch(/^Too many failed sign-in attempts\. Wait \d+ seconds?, then try again\.$/);

  // The person at the form sees the same answer, even with the right password.
  await page.goto("/login");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");
  await expect(page).toHaveURL(/\/login/);
});

test("a sign-in posted from another site is refused", async ({ request }) => {
  const editor = await makeStaff("EDITOR");
  const response = await request.post("/login/submit", {
    form: { email: editor.email, password: editor.password },
    headers: { Accept: "application/json", Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});

test("signing in works without JavaScript, and a refusal says why", async ({ browser }) => {
  const editor = await makeStaff("EDITOR");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await context.close();
});
