import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, withDb } from "../support/staff";
import { startSecondServer, type SecondServer } from "../support/server";
import { startOidcProvider, type IdpAccount, type TestIdp } from "../support/oidc-provider";
import { expectNoViolations } from "./axe";

// Several sign-ins and axe runs a test: room for a busy machine (about 30 s on a quiet one).
test.beforeEach(() => test.setTimeout(420_000));

// Single sign-on against a real OpenID Connect provider (tests/e2e/support/oidc-provider.ts)
// started here, and a second app server configured for it, so the rest of the suite keeps
// the password-only sign-in page.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const IDP_PORT = BASE_PORT + 5;
const APP_PORT = BASE_PORT + 6;
const APP = `http://localhost:${APP_PORT}`;
const BUTTON = "Sign in with Newsroom ID";

let idp: TestIdp;
let app: SecondServer;

test.beforeAll(async () => {
  idp = await startOidcProvider(IDP_PORT, `${APP}/api/auth/callback/sso`);
  app = await startSecondServer(
    {
      SITE_URL: APP,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_ALLOWED_DOMAINS: "newsroom.test",
      OIDC_BUTTON_LABEL: BUTTON,
      OIDC_SCOPES: "openid email profile groups",
      OIDC_GROUP_ROLES: "dateline-editors=EDITOR,dateline-admins=ADMIN",
      OIDC_DISABLE_PASSWORD_FOR_SSO_USERS: "true",
    },
    APP_PORT,
  );
});

test.afterAll(async () => {
  await app?.stop();
  await idp?.stop();
});

function person(overrides: Partial<IdpAccount> = {}): { login: string } & IdpAccount {
  const word = randomBytes(4).toString("hex");
  return { login: `sso-${word}`, email: `sso-${word}@newsroom.test`, emailVerified: true, name: `Sso Person ${word}`, ...overrides };
}

// Through the sign-in page, the provider's own login form, and back.
async function signInThroughIdp(page: Page, account: { login: string } & IdpAccount): Promise<void> {
  idp.addAccount(account.login, account);
  await page.context().clearCookies();
  await page.goto(`${APP}/login`);
  await page.getByRole("button", { name: BUTTON }).click();
  await page.waitForURL(`${idp.issuer}/**`);
  await page.locator('input[name="login"]').fill(account.login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL(`${APP}/**`);
}

async function userByEmail(email: string): Promise<{ id: string; role: string } | undefined> {
  return withDb(async (client) => (await client.query(`SELECT id, role FROM users WHERE email = $1`, [email])).rows[0]);
}

async function auditFor(userId: string): Promise<string[]> {
  return withDb(async (client) => (await client.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY created_at`, [userId])).rows.map((r) => r.action as string));
}

test("first sign-in of an allowed address creates a reporter; a mapped group gives its role", async ({ page }) => {
  await page.goto(`${APP}/login`);
  await expect(page.getByRole("button", { name: BUTTON })).toBeVisible();
  await expectNoViolations(page);

  const reporter = person();
  await signInThroughIdp(page, reporter);
  await expect(page).toHaveURL(`${APP}/admin`);
  await expect(page.getByText(reporter.name).first()).toBeVisible();
  const created = await userByEmail(reporter.email);
  expect(created?.role).toBe("REPORTER");
  expect(await auditFor(created!.id)).toEqual(["user.create_by_sso", "auth.sign_in"]);

  const editor = person({ groups: ["dateline-editors", "unrelated-group"] });
  await signInThroughIdp(page, editor);
  await expect(page).toHaveURL(`${APP}/admin`);
  expect((await userByEmail(editor.email))?.role).toBe("EDITOR");
  await expectNoViolations(page);
});

test("a disallowed domain and an unverified email are refused with a message", async ({ page }) => {
  const outsider = person({ email: `someone-${randomBytes(3).toString("hex")}@gmail.test` });
  await signInThroughIdp(page, outsider);
  await expect(page).toHaveURL(/\/login\?error=sso_domain/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not at a domain allowed to sign in here");
  await expectNoViolations(page);
  expect(await userByEmail(outsider.email)).toBeUndefined();

  const unverified = person({ emailVerified: false });
  await signInThroughIdp(page, unverified);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("has not verified that account’s email address");
  expect(await userByEmail(unverified.email)).toBeUndefined();
  const reasons = await withDb(async (client) =>
    (await client.query(`SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'auth.sign_in_failed' AND details->>'email' = ANY($1::text[]) ORDER BY created_at`, [[outsider.email, unverified.email]])).rows.map((r) => r.reason),
  );
  expect(reasons).toEqual(["domain", "unverified"]);
});

test("an existing account links by verified email; then its password is refused, and deactivation locks SSO out", async ({ page }) => {
  const staff = await makeStaff("REPORTER");
  const email = `linked-${randomBytes(4).toString("hex")}@newsroom.test`;
  await withDb((client) => client.query(`UPDATE users SET email = $1 WHERE id = $2`, [email, staff.id]));

  const linked = person({ email, name: "Name At The Provider" });
  await signInThroughIdp(page, linked);
  await expect(page).toHaveURL(`${APP}/admin`);
  await expect(page.getByText(staff.name).first()).toBeVisible();
  expect(await auditFor(staff.id)).toEqual(["sso.link", "auth.sign_in"]);

  // Password sign-in is off for SSO users on this server.
  await page.context().clearCookies();
  await page.goto(`${APP}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Your account signs in through single sign-on");
  await expect(page).toHaveURL(/\/login/);
  await expectNoViolations(page);

  await withDb((client) => client.query(`UPDATE users SET active = false WHERE id = $1`, [staff.id]));
  await signInThroughIdp(page, linked);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That account has been deactivated");
  await expect(page).toHaveURL(/\/login\?error=sso_inactive/);
});

test("an admin maps a provider group to a role on the Staff page; the next sign-in gets it, and removing it stops it", async ({ page, browser }) => {
  const admin = await makeStaff("ADMIN");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`${APP}/login`);
  await adminPage.getByLabel("Email").fill(admin.email);
  await adminPage.getByLabel("Password").fill(admin.password);
  await adminPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await adminPage.waitForURL(`${APP}/admin`);
  await adminPage.goto(`${APP}/admin/users`);

  const section = adminPage.getByRole("region", { name: "Single sign-on groups" });
  await expect(section).toContainText(`People who sign in with the “${BUTTON}” button`);
  // The deployment's mappings are listed, without a way to remove them here.
  const table = section.getByRole("table", { name: "Groups and the roles they give" });
  await expect(table.getByRole("row", { name: /dateline-admins\s+Admin/ })).toContainText("OIDC_GROUP_ROLES");

  // An empty name is refused with a message on the field, and nothing is stored.
  await section.getByRole("button", { name: "Map group" }).click();
  await expect(section.getByRole("alert")).toContainText("Not saved");
  await expect(section.getByRole("textbox", { name: "Group" })).toHaveAccessibleDescription(/Enter the group’s name as the identity provider sends it\./);

  const group = `photo-desk-${randomBytes(3).toString("hex")}`;
  await section.getByLabel("Group", { exact: true }).fill(group);
  await section.getByLabel("Role").selectOption({ label: "Editor" });
  await section.getByRole("button", { name: "Map group" }).click();
  await expect(section.getByRole("status").filter({ hasText: `People in “${group}” get Editor` })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`${group}\\s+Editor`) })).toBeVisible();
  await expectNoViolations(adminPage);

  const photographer = person({ groups: [group] });
  await signInThroughIdp(page, photographer);
  await expect(page).toHaveURL(`${APP}/admin`);
  expect((await userByEmail(photographer.email))?.role).toBe("EDITOR");

  await table.getByRole("button", { name: `Remove the mapping for ${group}` }).click();
  await expect(section.getByRole("status").filter({ hasText: `“${group}” no longer gives a role` })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(group) })).toHaveCount(0);
  const newcomer = person({ groups: [group] });
  await signInThroughIdp(page, newcomer);
  expect((await userByEmail(newcomer.email))?.role).toBe("REPORTER");

  const audit = await withDb(async (client) =>
    (await client.query(`SELECT details FROM audit_events WHERE action = 'settings.sso_group_role' AND actor_id = $1 ORDER BY created_at`, [admin.id])).rows.map((r) => r.details),
  );
  expect(audit).toEqual([{ group, from: null, to: "EDITOR" }, { group, from: "EDITOR", to: null }]);
  await adminContext.close();
});
