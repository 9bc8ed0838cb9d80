import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { clearAddressLimits, makeStaff, signIn, type Staff } from "../support/staff";

// Lockout abuse: anyone who knows an editor's email can make ten wrong guesses a minute.
// That must keep guessing slow (the account and the address are locked for strangers)
// without keeping the editor out: a browser that signed in as the editor before holds a
// device cookie (lib/auth/device-cookie.ts) and is limited on its own.

const DEVICE_COOKIE = "dateline.device";

// Every attempt from this machine counts against the loopback address too; later tests
// must not inherit this file's failures.
test.afterEach(() => clearAddressLimits());

function guess(request: APIRequestContext, baseURL: string, staff: Staff, password: string, i: number) {
  return request.post("/login/submit", {
    form: { email: staff.email, password, from: "/admin" },
    // Rotating "addresses", as a botnet would have (forged here: the server ignores them).
    headers: { Accept: "application/json", Origin: baseURL, "X-Forwarded-For": `203.0.113.${i}`, "X-Real-IP": `198.51.100.${i}` },
  });
}

async function submitForm(page: Page, staff: Staff): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(staff.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("guessing locks strangers out of the account while the owner's known browser still signs in", async ({ browser, playwright, baseURL }) => {
  const editor = await makeStaff("EDITOR");

  // The editor signed in on this browser yesterday, and signed out.
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, editor);
  const device = (await owner.cookies()).find((c) => c.name === DEVICE_COOKIE);
  expect(device, "a device cookie after signing in").toBeDefined();
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(device!.expires - Date.now() / 1000).toBeGreaterThan(90 * 24 * 3600);
  await ownerPage.getByRole("button", { name: "Sign out" }).click();
  await ownerPage.waitForURL(/\/login/);

  // Election night: someone guesses from rotating addresses, with no device cookie.
  const attacker = await playwright.request.newContext({ baseURL });
  const answers: number[] = [];
  for (let i = 0; i < 12; i++) answers.push((await guess(attacker, baseURL!, editor, `guess number ${i}`, i)).status());
  expect(answers).toEqual([...Array(10).fill(401), 429, 429]);
  // Even the right password from the attacker's side is not checked now.
  expect((await guess(attacker, baseURL!, editor, editor.password, 99)).status()).toBe(429);

  // A browser that never signed in as the editor is throttled while the attack lasts.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await submitForm(strangerPage, editor);
  await expect(strangerPage.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");
  await expect(strangerPage).toHaveURL(/\/login/);

  // The editor's own browser signs in at once.
  await submitForm(ownerPage, editor);
  await ownerPage.waitForURL("**/admin");
  await expect(ownerPage.getByRole("heading", { name: "Articles" })).toBeVisible();

  // And that did not reopen the account to the attacker.
  expect((await guess(attacker, baseURL!, editor, editor.password, 100)).status()).toBe(429);

  // A forged or altered device cookie is no device cookie.
  const forger = await browser.newContext();
  await forger.addCookies([{ ...device!, value: device!.value.slice(0, -4) + (device!.value.endsWith("AAAA") ? "BBBB" : "AAAA") }]);
  const forgerPage = await forger.newPage();
  await submitForm(forgerPage, editor);
  await expect(forgerPage.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");

  await Promise.all([owner.close(), stranger.close(), forger.close(), attacker.dispose()]);
});

test("a device cookie of one account gives nothing on another", async ({ browser, playwright, baseURL }) => {
  const mine = await makeStaff("REPORTER");
  const target = await makeStaff("EDITOR");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, mine);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);

  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 11; i++) await guess(attacker, baseURL!, target, `guess ${i}`, i);
  await submitForm(page, target);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");
  await Promise.all([context.close(), attacker.dispose()]);
});

test("a device cookie is limited too: ten wrong passwords a minute, then it waits like anyone", async ({ browser, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await signIn(page, editor);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);

  // Someone who copied the cookie guesses with it.
  const answers: number[] = [];
  for (let i = 0; i < 11; i++) answers.push((await guess(owner.request, baseURL!, editor, `guess ${i}`, i)).status());
  expect(answers).toEqual([...Array(10).fill(401), 429]);
  await submitForm(page, editor);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");

  // The account itself was never locked: another browser of the editor's signs in.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await submitForm(otherPage, editor);
  await otherPage.waitForURL("**/admin");
  await Promise.all([owner.close(), other.close()]);
});
