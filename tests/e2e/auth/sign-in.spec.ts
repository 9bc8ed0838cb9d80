import { expect, test } from "@playwright/test";
import { makeStaff, signIn, withDb } from "../support/staff";

test("the admin sends a visitor without a session to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await page.goto("/login");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText("That email and password do not match an active account.");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill("nobody-here@example.test");
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toHaveText("That email and password do not match an active account.");
});

test("signing in reaches the article list and signing out ends the session", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New article" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated account loses its session on the next request", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await withDb((db) => db.query("UPDATE users SET active = false WHERE id = $1", [editor.id]));
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("a role change applies on the next request", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "New article" }).click();
  await expect(page.getByRole("button", { name: "Publish" })).toBeVisible();
  await withDb((db) => db.query("UPDATE users SET role = 'REPORTER' WHERE id = $1", [editor.id]));
  await page.reload();
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
});
