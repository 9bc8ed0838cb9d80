import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, withDb } from "../support/staff";
import { expectNoViolations } from "./axe";

// Several sign-ins and axe runs a test: room for a busy machine (about 30 s on a quiet one).
test.beforeEach(() => test.setTimeout(420_000));

// Passkeys through Chromium's virtual authenticator (DevTools WebAuthn domain): a platform
// authenticator with resident keys and user verification that answers without a person.
async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

async function auditActions(userId: string): Promise<string[]> {
  return withDb(async (client) =>
    (await client.query(`SELECT action || coalesce(':' || (details->>'method'), '') AS a FROM audit_events WHERE target_id = $1 ORDER BY created_at`, [userId])).rows.map((r) => r.a as string),
  );
}

// Signed out, on the sign-in page. The page asks for a passkey through the browser's autofill
// (conditional mediation) as it loads, and Chromium's virtual authenticator answers that
// request at once with the passkey it holds, so no click is needed (a person would pick it
// from the email field's suggestions, or press "Use a passkey", which runs the same code).
async function signInWithPasskey(page: Page): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/login");
}

test("a reporter adds a passkey, signs in with it alone, renames it and removes it", async ({ page }) => {
  await addVirtualAuthenticator(page);
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.goto("/admin/profile");
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  await expectNoViolations(page);

  // A passkey needs a name.
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Give the passkey a name", { exact: false }).first()).toBeVisible();
  await page.getByLabel("Label for this passkey").fill("Work laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey “Work laptop” added. You can sign in with it now.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Work laptop", exact: true })).toBeVisible();
  await expectNoViolations(page);

  // Signed out, the passkey alone signs in: no email, no password.
  await signInWithPasskey(page);
  await page.waitForURL("**/admin");
  await expect(page.getByText(reporter.name).first()).toBeVisible();

  await page.goto("/admin/profile");
  await expect(page.getByRole("row", { name: /Work laptop/ })).not.toContainText("Never");
  await page.getByRole("button", { name: "Rename Work laptop" }).click();
  await page.getByLabel("New name for Work laptop").fill("Newsroom MacBook");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Passkey renamed to “Newsroom MacBook”.")).toBeVisible();

  await page.getByRole("button", { name: "Remove Newsroom MacBook" }).click();
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Yes, remove Newsroom MacBook" }).click();
  await expect(page.getByText("Passkey “Newsroom MacBook” removed.", { exact: false })).toBeVisible();
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();

  // The authenticator still holds the credential, but the account no longer accepts it.
  await signInWithPasskey(page);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That passkey did not sign you in");
  await expect(page).toHaveURL(/\/login/);
  await expectNoViolations(page);

  expect(await auditActions(reporter.id)).toEqual([
    "auth.sign_in",
    "passkey.add",
    "auth.sign_in:passkey",
    "passkey.rename",
    "passkey.remove",
  ]);
});

test("a passkey whose signature counter goes backwards (a cloned authenticator) is refused", async ({ page }) => {
  await addVirtualAuthenticator(page);
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  await page.goto("/admin/profile");
  await page.getByLabel("Label for this passkey").fill("Security key");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("cell", { name: "Security key", exact: true })).toBeVisible();
  // As if another copy of the authenticator had already signed far ahead.
  await withDb((client) => client.query(`UPDATE passkeys SET counter = 1000000 WHERE user_id = $1`, [editor.id]));
  await signInWithPasskey(page);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That passkey did not sign you in");
  const reasons = await withDb(async (client) =>
    (await client.query(`SELECT details->>'reason' AS reason FROM audit_events WHERE target_id = $1 AND action = 'auth.sign_in_failed'`, [editor.id])).rows.map((r) => r.reason as string),
  );
  expect(reasons).toEqual(["signature counter did not increase (possible cloned authenticator)"]);
});
