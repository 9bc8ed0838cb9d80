import { expect, test } from "@playwright/test";
import { makeStaff, signIn, uniqueWord } from "../support/staff";
import { makePng } from "../../support/images";

test("an admin adds a reporter, who sets a password through the link and signs in", async ({ page, browser }) => {
  const admin = await makeStaff("ADMIN");
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Staff" }).click();
  await page.getByRole("link", { name: "Add someone" }).click();
  await expect(page.getByRole("heading", { name: "Add someone" })).toBeVisible();
  const email = `new-${uniqueWord()}@example.test`;
  await page.getByLabel("Name", { exact: true }).fill("Farah Newcomer");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role").selectOption("REPORTER");
  await page.getByRole("button", { name: "Add and create link" }).click();
  await expect(page.getByRole("status")).toContainText("Farah Newcomer was added.");
  const link = await page.getByLabel("Set-password link").inputValue();
  expect(link).toMatch(/\/set-password\//);

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByText(`For Farah Newcomer (${email})`)).toBeVisible();
  await newcomer.getByLabel("New password").fill("password1234");
  await newcomer.getByLabel("Type it again").fill("password1234");
  await newcomer.getByRole("button", { name: "Set password" }).click();
  await expect(newcomer.getByRole("main").getByRole("alert")).toContainText("most common");
  await newcomer.getByLabel("New password").fill("violet harbour lantern");
  await newcomer.getByLabel("Type it again").fill("violet harbour lantern");
  await newcomer.getByRole("button", { name: "Set password" }).click();
  await expect(newcomer.getByText("Your password is set. Sign in with it now.")).toBeVisible();
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill("violet harbour lantern");
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await newcomer.waitForURL("**/admin");
  await expect(newcomer.getByRole("link", { name: /Farah Newcomer \(reporter\)/ })).toBeVisible();
  // The link worked once.
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole("main").getByRole("alert")).toHaveText("This link has expired or was already used. Ask for a new one from the sign-in page (Forgot your password?) or ask an admin.");
  await context.close();
});

test("a role change made by an admin applies to the person's open session", async ({ page, browser }) => {
  const admin = await makeStaff("ADMIN");
  const editor = await makeStaff("EDITOR");
  const context = await browser.newContext();
  const editorPage = await context.newPage();
  await signIn(editorPage, editor);
  await expect(editorPage.getByRole("link", { name: "Tags" })).toBeVisible();

  await signIn(page, admin);
  await page.goto("/admin/users?q=" + encodeURIComponent(editor.email));
  await page.getByRole("link", { name: editor.name }).click();
  await page.getByLabel("New role").selectOption("REPORTER");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed" })).toHaveText("Role changed to Reporter. Their open sessions have ended.");

  // The role change ended the editor's session: the next request goes to sign-in.
  await editorPage.goto("/admin");
  await expect(editorPage).toHaveURL(/\/login/);
  await signIn(editorPage, editor);
  await expect(editorPage.getByRole("link", { name: /\(reporter\)/ })).toBeVisible();
  await expect(editorPage.getByRole("link", { name: "Tags" })).toHaveCount(0);
  await context.close();
});

test("deactivating someone ends their live session and stops sign-in; reactivating restores it", async ({ page, browser }) => {
  const admin = await makeStaff("ADMIN");
  const reporter = await makeStaff("REPORTER");
  const context = await browser.newContext();
  const reporterPage = await context.newPage();
  await signIn(reporterPage, reporter);

  await signIn(page, admin);
  await page.goto("/admin/users?q=" + encodeURIComponent(reporter.email));
  await page.getByRole("link", { name: reporter.name }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Account deactivated. Their open sessions have ended.")).toBeVisible();
  await expect(page.getByText("Deactivated: cannot sign in")).toBeVisible();

  await reporterPage.reload();
  await expect(reporterPage).toHaveURL(/\/login/);
  await reporterPage.getByLabel("Email").fill(reporter.email);
  await reporterPage.getByLabel("Password").fill(reporter.password);
  await reporterPage.getByRole("button", { name: "Sign in" }).click();
  await expect(reporterPage.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an active account.");

  await page.getByRole("button", { name: "Reactivate account" }).click();
  await expect(page.getByText("Account reactivated. They can sign in again.")).toBeVisible();
  await signIn(reporterPage, reporter);
  await context.close();
});

test("staff pages are for admins only", async ({ page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await expect(page.getByRole("link", { name: "Staff" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByText("Only admins manage staff accounts.")).toBeVisible();
});

test("everyone edits their own profile and changes their password", async ({ page }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.getByRole("link", { name: /\(reporter\)/ }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Renamed Reporter");
  await page.getByLabel("Bio").fill("Covers the courts.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Renamed Reporter (reporter)" })).toBeVisible();

  await page.getByRole("button", { name: "Choose picture" }).click();
  await page.getByLabel("Upload a picture").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: await makePng(400, 400) });
  await expect(page.getByText("Profile picture set.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Your profile picture" })).toBeVisible();

  await page.getByLabel("Current password").fill("wrong current password");
  await page.getByLabel("New password", { exact: true }).fill("sturdy copper kettle 9");
  await page.getByLabel("New password again").fill("sturdy copper kettle 9");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your current password is not right.");

  await page.getByLabel("Current password").fill(reporter.password);
  await page.getByLabel("New password", { exact: true }).fill("sturdy copper kettle 9");
  await page.getByLabel("New password again").fill("sturdy copper kettle 9");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?done=password-changed/);
  await signIn(page, { ...reporter, password: "sturdy copper kettle 9" });
});
