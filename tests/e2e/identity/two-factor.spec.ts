import { test, type Browser } from "@playwright/test";
import { makeStaff, signIn, withDb } from "../support/staff";
import { callAction, serverActions } from "../security/server-actions";
import { allowSlowFlows, expect, expectNoViolations, setUpTotp, submitPassword, totpCode } from "./support";


allowSlowFlows();
// Two-factor sign-in as people meet it: turning it on from the profile, the code step at
// sign-in (a replayed code refused, a recovery code good once), a role that requires it,
// and an admin's reset. Axe checks every page on the way.

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("turn on two-factor sign-in; a code is asked at sign-in, never accepted twice; a recovery code works once", async ({ browser, page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.goto("/admin/profile");
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  const { secret, recoveryCodes } = await setUpTotp(page, true);
  await page.getByRole("link", { name: /I have saved my codes/ }).click();
  await expect(page.getByText(/On since/)).toBeVisible();

  // A new browser: the password alone does not open the newsroom.
  const second = await freshPage(browser);
  await submitPassword(second.page, editor);
  await second.page.waitForURL(/\/login\/two-factor/);
  await expectNoViolations(second.page);
  expect((await second.context.request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);
  // The next step's code (within the clock-drift window) is accepted…
  const code = await totpCode(secret, 30);
  await second.page.getByLabel("Authentication code").fill("000000");
  await second.page.getByRole("button", { name: "Verify" }).click();
  await expect(second.page.getByRole("alert").filter({ hasText: "was not accepted" })).toBeVisible();
  await expectNoViolations(second.page);
  await second.page.getByLabel("Authentication code").fill(code);
  await second.page.getByRole("button", { name: "Verify" }).click();
  await second.page.waitForURL("**/admin");

  // …and refused when replayed from a third browser.
  const third = await freshPage(browser);
  await submitPassword(third.page, editor);
  await third.page.waitForURL(/\/login\/two-factor/);
  await third.page.getByLabel("Authentication code").fill(code);
  await third.page.getByRole("button", { name: "Verify" }).click();
  await expect(third.page.getByRole("alert").filter({ hasText: "was not accepted" })).toBeVisible();
  // A recovery code opens it once, and says how many are left.
  await third.page.getByLabel("Authentication code").fill(recoveryCodes[0]!.toUpperCase());
  await third.page.getByRole("button", { name: "Verify" }).click();
  await third.page.waitForURL(/\/admin\/profile\?recovery=9/);
  await expect(third.page.getByRole("status").filter({ hasText: "recovery code" })).toContainText("9 are left");
  await expectNoViolations(third.page);

  const fourth = await freshPage(browser);
  await submitPassword(fourth.page, editor);
  await fourth.page.waitForURL(/\/login\/two-factor/);
  await fourth.page.getByLabel("Authentication code").fill(recoveryCodes[0]!);
  await fourth.page.getByRole("button", { name: "Verify" }).click();
  await expect(fourth.page.getByRole("alert").filter({ hasText: "was not accepted" })).toBeVisible();

  const audit = await withDb((c) => c.query<{ action: string }>(`SELECT action FROM audit_events WHERE actor_id = $1 ORDER BY created_at`, [editor.id]));
  const actions = audit.rows.map((r) => r.action);
  expect(actions).toContain("user.two_factor_enable");
  expect(actions.filter((a) => a === "auth.second_factor")).toHaveLength(2);
  expect(actions.filter((a) => a === "auth.second_factor_failed").length).toBeGreaterThanOrEqual(3);
  for (const item of [second, third, fourth]) await item.context.close();
});

test("a role that requires two-factor sign-in: set-up comes before anything else, on the server too; an admin can reset it", async ({ browser, page, baseURL }) => {
  const admin = await makeStaff("ADMIN");
  const editor = await makeStaff("EDITOR");
  // The editor is signed in before the requirement: it applies to open sessions at once.
  const editorSide = await freshPage(browser);
  await signIn(editorSide.page, editor);
  await signIn(page, admin);
  try {
    await page.goto("/admin/users");
    await page.getByRole("checkbox", { name: "Editor" }).check();
    await page.getByRole("button", { name: "Save requirement" }).click();
    await expect(page.getByRole("status").filter({ hasText: "now required of: Editor" })).toBeVisible();
    await expectNoViolations(page);

    // The open editor session: every page leads to set-up, and actions are refused.
    await editorSide.page.goto("/admin/articles/new");
    await editorSide.page.waitForURL(/\/two-factor\/setup/);
    await expect(editorSide.page.getByText("Your role requires two-factor sign-in")).toBeVisible();
    const updateProfile = serverActions().find((a) => a.name === "updateProfileAction")!;
    const refused = await callAction(editorSide.context.request, baseURL!, updateProfile, { name: "Not allowed yet", bio: "" });
    expect(refused.text).not.toContain('"status":"success"');
    expect(refused.text).toContain("Your session has ended");
    const { secret } = await setUpTotp(editorSide.page, true);
    await editorSide.page.getByRole("link", { name: /I have saved my codes/ }).click();
    await editorSide.page.waitForURL(/\/admin/);
    await expect(editorSide.page.getByRole("link", { name: "Articles", exact: true })).toBeVisible();
    expect(secret).toMatch(/^[A-Z2-7]+$/);

    // The admin resets the editor's factor: their sessions end, and the audit log says so.
    await page.goto(`/admin/users/${editor.id}`);
    await expect(page.getByText(/On since/)).toBeVisible();
    await expectNoViolations(page);
    await page.getByRole("button", { name: "Reset two-factor sign-in" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was reset" })).toBeVisible();
    expect((await editorSide.context.request.get("/admin", { maxRedirects: 0 })).headers()["location"]).toMatch(/\/login/);
    const audit = await withDb((c) => c.query(`SELECT 1 FROM audit_events WHERE action = 'user.two_factor_reset' AND actor_id = $1 AND target_id = $2`, [admin.id, editor.id]));
    expect(audit.rowCount).toBe(1);
    // Signing in again leads straight to set-up, since the role still requires it.
    await submitPassword(editorSide.page, editor);
    await editorSide.page.waitForURL(/\/two-factor\/setup/);
  } finally {
    await withDb((c) => c.query(`DELETE FROM settings WHERE key = 'security.two_factor_roles'`));
    await editorSide.context.close();
  }
});
