import { createHash, randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, withDb, type Staff } from "../support/staff";
import { serverActions } from "./server-actions";
import { actionBody, formBody, sendHostile, timeHealth, type HostileRequest } from "./raw-http";

// Hostile bodies against the endpoints anyone can reach, each sent while /api/health is
// timed from a second connection: the server must go on answering other people (one
// Node event loop serves them all), the attacker must get a clear refusal, and nothing
// may change.
//
// Before the fix a 60,000-character password sent with a made-up token to the
// set-password action held every request for about 2 s, and a 4 MB one for more than
// 5 minutes (the password rules backtracked in quadratic time); /login/submit waited for
// a body that never came. HEALTH_PROMPT_MS only asks that the server is not frozen: a
// health check answers in milliseconds here, and the slack is for a loaded CI machine.
const HEALTH_PROMPT_MS = 2_000;
const FOUR_MB = 4 * 1024 * 1024;

function setPasswordAction() {
  const action = serverActions().find((a) => a.name === "setPasswordAction");
  if (!action) throw new Error("setPasswordAction is not in the build's server-reference manifest");
  return action;
}

// A person with an unused set-password link, as an admin's "Add someone" leaves it.
async function newcomerWithLink(): Promise<{ staff: Staff; token: string; passwordHash: string }> {
  const staff = await makeStaff("REPORTER");
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const passwordHash = await withDb(async (client) => {
    await client.query(`INSERT INTO password_tokens (user_id, token_hash, purpose, expires_at) VALUES ($1, $2, 'SET', now() + interval '1 day')`, [staff.id, tokenHash]);
    return (await client.query(`SELECT password_hash FROM users WHERE id = $1`, [staff.id])).rows[0].password_hash as string;
  });
  return { staff, token, passwordHash };
}

async function linkState(staff: Staff): Promise<{ passwordHash: string; unusedLinks: number; sessionVersion: number }> {
  return withDb(async (client) => {
    const { rows } = await client.query(
      `SELECT u.password_hash, u.session_version, (SELECT count(*)::int FROM password_tokens t WHERE t.user_id = u.id AND t.used_at IS NULL) AS unused FROM users u WHERE u.id = $1`,
      [staff.id],
    );
    return { passwordHash: rows[0].password_hash, unusedLinks: rows[0].unused, sessionVersion: rows[0].session_version };
  });
}

async function attack(baseURL: string, request: Omit<HostileRequest, "baseURL">) {
  const { answer, during } = await sendHostile({ baseURL, ...request }, () => timeHealth(baseURL));
  console.log(`${request.path} (${describe(request)}): answered ${answer.status}; /api/health meanwhile ${during.status} in ${Math.round(during.ms)} ms`);
  expect(during.status, "the health check answers").toBe(200);
  expect(during.ms, "the server was not frozen by the hostile request").toBeLessThan(HEALTH_PROMPT_MS);
  return answer;
}

function describe(request: Omit<HostileRequest, "baseURL">): string {
  if (request.chunked) return `chunked, no length, ${request.body.byteLength} bytes sent, ${request.chunked}`;
  if (request.declaredLength !== undefined) return `declares ${request.declaredLength} bytes, sends ${request.body.byteLength}`;
  return `${request.body.byteLength} bytes`;
}

function actionHeaders(baseURL: string, contentType: string, extra: Record<string, string> = {}): Record<string, string> {
  return { "Next-Action": setPasswordAction().id, Origin: baseURL, Accept: "text/x-component", "Content-Type": contentType, ...extra };
}

// The link still works through the real form afterwards: the attacks neither spent it nor
// set a password.
async function useLinkNormally(page: Page, token: string, staff: Staff) {
  await page.goto(`/set-password/${token}`);
  await page.getByLabel("New password").fill("violet harbour lantern");
  await page.getByLabel("Type it again").fill("violet harbour lantern");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set. Sign in with it now.")).toBeVisible();
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill("violet harbour lantern");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");
}

test("set-password: 4 MB and long passwords, with a made-up or a real token, do not freeze the server", async ({ page, baseURL, browser }) => {
  const base = baseURL!;
  const { staff, token } = await newcomerWithLink();
  const before = await linkState(staff);
  const madeUp = randomBytes(32).toString("base64url");
  const pathFor = (t: string) => `/set-password/${t}`;

  // 1. 4 MB with a made-up token and no session: refused from its declared size, unread.
  const huge = "1".repeat(FOUR_MB - 2048) + "x";
  const maximal = await actionBody({ token: madeUp, password: huge, confirm: "x" });
  let answer = await attack(base, { path: pathFor(madeUp), headers: actionHeaders(base, maximal.contentType), body: maximal.body });
  expect(answer.status).toBe(413);
  expect(answer.text).toContain("Without a signed-in session a form may send at most 8 KB");

  // The same, posted to another page's path with the real token: the action is found by
  // its id wherever it is posted, and so is the cap.
  const withRealToken = await actionBody({ token, password: huge, confirm: huge.slice(0, 10) });
  answer = await attack(base, { path: "/admin/users", headers: actionHeaders(base, withRealToken.contentType), body: withRealToken.body });
  expect(answer.status).toBe(413);

  // 2. Just under the cap: a 3,000-character password runs the action, which refuses it
  //    by its length before any other rule.
  const long = "1".repeat(2_999) + "x";
  const underCap = await actionBody({ token, password: long, confirm: long });
  expect(underCap.body.byteLength).toBeLessThan(8 * 1024);
  answer = await attack(base, { path: pathFor(token), headers: actionHeaders(base, underCap.contentType), body: underCap.body });
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("Use at most 256 characters.");
  expect(answer.text).not.toContain("most common");

  // 3. A body of unknown length (chunked), and one larger than Next's own 4 MB limit:
  //    refused from the headers, never parsed. (Next reads a body that passes through
  //    proxy.ts to its end before sending the proxy's answer, so these bodies end; one that
  //    never ends is dropped by Node's request timeout, or by nginx in front: see
  //    docs/security.md, "Known limits".)
  answer = await attack(base, { path: pathFor(madeUp), headers: actionHeaders(base, underCap.contentType), body: underCap.body, chunked: "ended" });
  expect(answer.status).toBe(411);
  expect(answer.text).toContain("Content-Length");
  const overNext = await actionBody({ token: madeUp, password: "1".repeat(6 * 1024 * 1024), confirm: "x" });
  answer = await attack(base, { path: pathFor(madeUp), headers: actionHeaders(base, overNext.contentType), body: overNext.body });
  expect(answer.status).toBe(413);

  // Posted to a page the action is not on, Next forwards it there itself (with no length):
  // the proxy marks what it checked, so the forward is served, and a forged mark is not.
  answer = await attack(base, { path: "/admin/users", headers: actionHeaders(base, underCap.contentType), body: underCap.body });
  expect(answer.text).toContain("Use at most 256 characters.");
  const forged = { "x-dateline-action-body-checked": "0".repeat(64) };
  answer = await attack(base, { path: pathFor(madeUp), headers: actionHeaders(base, underCap.contentType, forged), body: underCap.body, chunked: "ended" });
  expect(answer.status).toBe(411);
  answer = await attack(base, { path: pathFor(madeUp), headers: actionHeaders(base, maximal.contentType, forged), body: maximal.body });
  expect(answer.status).toBe(413);

  // Without JavaScript the form posts multipart with no Next-Action header; same cap.
  answer = await attack(base, { path: pathFor(madeUp), headers: { Origin: base, "Content-Type": maximal.contentType }, body: maximal.body });
  expect(answer.status).toBe(413);

  // 4. Signed in (any staff session lifts the cap to Next's 4 MB): a 4 MB password with the
  //    real token is read, and refused by its length in one check.
  const insider = await makeStaff("REPORTER");
  const context = await browser.newContext();
  const insiderPage = await context.newPage();
  await signIn(insiderPage, insider);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const signedIn = await actionBody({ token, password: huge.slice(0, FOUR_MB - 4096), confirm: "x" });
  answer = await attack(base, { path: pathFor(token), headers: actionHeaders(base, signedIn.contentType, { Cookie: cookie }), body: signedIn.body });
  expect(answer.status).toBe(200);
  expect(answer.text).toContain("Use at most 256 characters.");
  // A forged cookie is no session.
  answer = await attack(base, { path: pathFor(token), headers: actionHeaders(base, signedIn.contentType, { Cookie: "authjs.session-token=forged" }), body: signedIn.body });
  expect(answer.status).toBe(413);
  await context.close();

  // Nothing changed: same password, the link unused and still working.
  expect(await linkState(staff)).toEqual(before);
  await useLinkNormally(page, token, staff);
});

test("/login/submit and Auth.js's own sign-in refuse oversized and chunked bodies before reading them", async ({ baseURL, page }) => {
  const base = baseURL!;
  const staff = await makeStaff("EDITOR");
  const before = await linkState(staff);
  const headers = (contentType: string) => ({ Origin: base, Accept: "application/json", "Content-Type": contentType });
  const small = await formBody({ email: staff.email, password: "wrong password", from: "/admin" });

  // Declares 100 MB and sends a few bytes: answered without waiting for the rest.
  let answer = await attack(base, { path: "/login/submit", headers: headers(small.contentType), body: small.body, declaredLength: 100 * 1024 * 1024 });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.text).message).toMatch(/larger than 8 KB.*Nothing was changed/);

  // A 4 MB body, sent whole.
  const maximal = await formBody({ email: staff.email, password: "1".repeat(FOUR_MB) + "x", from: "/admin" });
  answer = await attack(base, { path: "/login/submit", headers: headers(maximal.contentType), body: maximal.body });
  expect(answer.status).toBe(413);

  // Chunked, never ending: refused without waiting for its end.
  answer = await attack(base, { path: "/login/submit", headers: headers(small.contentType), body: small.body, chunked: "never-ending" });
  expect(answer.status).toBe(411);
  expect(JSON.parse(answer.text).message).toContain("Content-Length");

  // Without JavaScript the refusal is a page saying so, not a redirect.
  answer = await attack(base, { path: "/login/submit", headers: { Origin: base, "Content-Type": small.contentType }, body: small.body, chunked: "never-ending" });
  expect(answer.status).toBe(411);
  expect(answer.contentType).toContain("text/html");
  expect(answer.text).toContain("The sign-in request was refused");

  // Under the cap, the longest email the form could send: refused by its length, 422.
  const longEmail = await formBody({ email: "a@" + "a.".repeat(3000) + "!", password: "x", from: "/admin" });
  answer = await attack(base, { path: "/login/submit", headers: headers(longEmail.contentType), body: longEmail.body });
  expect(answer.status).toBe(422);
  expect(JSON.parse(answer.text).message).toBe("An email address has at most 254 characters.");

  // Auth.js's credentials callback reads its body whole; it is capped the same way.
  answer = await attack(base, { path: "/api/auth/callback/credentials", headers: headers(small.contentType), body: small.body, declaredLength: 100 * 1024 * 1024 });
  expect(answer.status).toBe(413);
  answer = await attack(base, { path: "/api/auth/callback/credentials", headers: headers(small.contentType), body: small.body, chunked: "never-ending" });
  expect(answer.status).toBe(411);

  // Nothing changed, and the real form still signs in.
  expect(await linkState(staff)).toEqual(before);
  await signIn(page, staff);
});

test("newsroom JSON and uploads refuse bodies of unknown or excessive size", async ({ page, baseURL }) => {
  const base = baseURL!;
  const staff = await makeStaff("REPORTER");
  await signIn(page, staff);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const json = Buffer.from(JSON.stringify({ id: "00000000-0000-0000-0000-000000000000", alt: "a".repeat(FOUR_MB) }));
  const headers = { Origin: base, Accept: "application/json", "Content-Type": "application/json", Cookie: cookie };

  let answer = await attack(base, { path: "/api/media", headers, body: json });
  expect(answer.status).toBe(413);
  answer = await attack(base, { path: "/api/media", headers, body: json.subarray(0, 100), chunked: "never-ending" });
  expect(answer.status).toBe(411);

  // Uploads: a declared 200 MB and a multipart body of unknown length, never finished.
  const upload = await formBody({ file: "x" });
  const uploadHeaders = { ...headers, "Content-Type": upload.contentType };
  answer = await attack(base, { path: "/api/uploads", headers: uploadHeaders, body: upload.body, declaredLength: 200 * 1024 * 1024 });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.text).message).toContain("larger than 20 MB");
  answer = await attack(base, { path: "/api/uploads", headers: uploadHeaders, body: upload.body, chunked: "never-ending" });
  expect(answer.status).toBe(411);
  answer = await attack(base, { path: "/api/uploads", headers: { ...headers, "Content-Type": "image/png", "X-File-Name": "x.png" }, body: upload.body, chunked: "never-ending" });
  expect(answer.status).toBe(411);
});

test("deep pages are refused, never read with a huge OFFSET", async ({ page, request }) => {
  // Reader lists: past the deepest page (10,000 entries deep), 404.
  for (const path of ["/page/501", "/page/9999", "/corrections?page=201", "/corrections?page=100000", "/search?q=news&page=1001", "/search?q=news&page=99999999999"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/corrections?page=200")).status()).toBe(200);

  // The newsroom: the last page, with a note saying how to reach older entries.
  const admin = await makeStaff("ADMIN");
  await signIn(page, admin);
  await page.goto("/admin/audit?page=100000");
  await expect(page.getByRole("status").filter({ hasText: "Lists go back 100 pages" })).toContainText("Filter by action, person or target");
  await expect(page.getByRole("link", { name: /Older/ })).toHaveCount(0);
  await page.goto("/admin?page=100000");
  await expect(page.getByRole("status").filter({ hasText: "Lists go back 200 pages" })).toBeVisible();
  await page.goto("/admin?q=news&page=100000");
  await expect(page.getByRole("status").filter({ hasText: "Lists go back 400 pages" })).toBeVisible();
});
