import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { makeStaff, signIn, type Staff } from "../support/staff";
import { callAction, serverActions } from "./server-actions";

// Sign-in and sessions: the redirect parameter never leaves the site, the session
// cookie is new at sign-in, and sign-out, a password change, a deactivation and a role
// change each end the old sessions (an old copy of the cookie is refused).

const OFF_SITE = [
  "//evil.example",
  "//evil.example/admin",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "https://evil.example",
  "http://evil.example/admin",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.example",
  "/%09/evil.example",
  "/%2F%2Fevil.example",
  " //evil.example",
  "evil.example",
  "@evil.example",
  "/admin@evil.example",
  "///evil.example",
];

function sessionCookie(cookies: { name: string; value: string }[]): string | undefined {
  return cookies.find((c) => c.name.endsWith("authjs.session-token"))?.value;
}

async function signedInCopy(browser: Browser, context: BrowserContext): Promise<BrowserContext> {
  const copy = await browser.newContext();
  await copy.addCookies(await context.cookies());
  return copy;
}

async function stillSignedIn(context: BrowserContext): Promise<boolean> {
  const response = await context.request.get("/admin", { maxRedirects: 0 });
  return response.status() === 200;
}

test("the sign-in redirect parameter never leaves the site", async ({ request, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  let tried = 0;
  for (const from of OFF_SITE) {
    for (const wantsJson of [true, false]) {
      const response = await request.post("/login/submit", {
        headers: { Origin: baseURL!, ...(wantsJson ? { Accept: "application/json" } : {}) },
        multipart: { email: editor.email, password: editor.password, from },
        maxRedirects: 0,
      });
      const target = wantsJson ? ((await response.json()) as { redirectTo: string }).redirectTo : response.headers()["location"]!;
      expect(new URL(target, baseURL).origin, `${from} → ${target}`).toBe(new URL(baseURL!).origin);
      expect(target, from).toMatch(/^\/(?![/\\])/);
      tried += 1;
    }
  }
  // A same-site address is kept.
  const kept = await request.post("/login/submit", { headers: { Origin: baseURL!, Accept: "application/json" }, multipart: { email: editor.email, password: editor.password, from: "/admin/tags" } });
  expect(((await kept.json()) as { redirectTo: string }).redirectTo).toBe("/admin/tags");
  console.log(`redirect parameter: ${tried} off-site values tried, all stayed on site`);
});

test("the sign-in page, opened with an off-site return address, lands on the site", async ({ page, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  for (const from of ["//evil.example", "https://evil.example/", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?from=${encodeURIComponent(from)}`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/admin");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test("the session cookie is new at every sign-in; a planted cookie is not adopted", async ({ page, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  const planted = "planted-by-an-attacker";
  await page.context().addCookies([{ name: "authjs.session-token", value: planted, url: baseURL! }]);
  await signIn(page, editor);
  const first = sessionCookie(await page.context().cookies());
  expect(first).toBeTruthy();
  expect(first).not.toBe(planted);
  await page.context().clearCookies();
  await signIn(page, editor);
  const second = sessionCookie(await page.context().cookies());
  expect(second).not.toBe(first);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
});

test("signing out ends the session: an old copy of the cookie is refused", async ({ browser, page }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const copy = await signedInCopy(browser, page.context());
  expect(await stillSignedIn(copy)).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);
  expect(await stillSignedIn(copy)).toBe(false);
  await copy.close();
});

test("a password change ends every other session", async ({ browser, page }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  const copy = await signedInCopy(browser, page.context());
  await page.goto("/admin/profile");
  await page.getByLabel("Current password").fill(reporter.password);
  await page.getByLabel("New password", { exact: true }).fill("a brand new long passphrase 2026");
  await page.getByLabel("New password again").fill("a brand new long passphrase 2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await page.waitForURL(/\/login/);
  expect(await stillSignedIn(copy)).toBe(false);
  await copy.close();
});

test("deactivation and a role change by an admin end the person's sessions", async ({ browser, baseURL }) => {
  const admin = await makeStaff("ADMIN");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  const actions = serverActions();
  const byName = (name: string) => actions.find((a) => a.name === name)!;

  const cases: { label: string; act: (target: Staff) => Record<string, string>; action: string }[] = [
    { label: "role change", action: "changeRoleAction", act: (t) => ({ userId: t.id, role: "REPORTER" }) },
    { label: "deactivation", action: "setActiveAction", act: (t) => ({ userId: t.id, active: "false" }) },
  ];
  for (const item of cases) {
    const target = await makeStaff("EDITOR");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, target);
    expect(await stillSignedIn(context)).toBe(true);
    const answer = await callAction(adminPage.request, baseURL!, byName(item.action), item.act(target));
    expect(answer.text, item.label).toContain('"status":"success"');
    expect(await stillSignedIn(context), item.label).toBe(false);
    await context.close();
  }
  await adminContext.close();
});
