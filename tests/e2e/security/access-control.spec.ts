import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { REVALIDATE_TOKEN_HEADER, revalidateToken } from "../../../lib/cache/revalidation-message";
import { insertArticle } from "../support/articles";
import { makeStaff, signIn, uniqueWord, withDb, type Staff } from "../support/staff";
import { callAction, serverActions } from "./server-actions";

// Access control, over HTTP as an attacker sends it: every server action in the build
// (read from Next's server-reference manifest, so a new action is swept automatically)
// is called without a session, with each role, and against other people's articles by
// id. The database proves nothing changed. Route handlers are swept the same way.

// Outside `userAction`: sign-out (ends only the caller's own session), set-password (the
// one-time token is the credential) and a read of the featured image (staff only).
const OUTSIDE_USER_ACTION = new Set(["signOutAction", "setPasswordAction", "loadFeaturedImage"]);
const SESSION_ENDED = "Your session has ended";
const ROLE_REFUSED = "Your role does not allow this.";

async function articleRow(id: string) {
  return withDb(async (client) => (await client.query(`SELECT headline, status, version, deleted_at, featured_image_id FROM articles WHERE id = $1`, [id])).rows[0]);
}

async function othersDraft(owner: Staff) {
  const article = await insertArticle({ headline: `Someone else's draft ${uniqueWord()}`, publishedAt: new Date(), status: "DRAFT", bylineUserId: owner.id });
  await withDb((client) => client.query(`UPDATE articles SET published_at = NULL, created_by_id = $1 WHERE id = $2`, [owner.id, article.id]));
  return article;
}

function fieldsFor(name: string, articleId: string, target: Staff): Record<string, string> {
  const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Overwritten." }] }] });
  const article = { id: articleId, version: "1", headline: "Overwritten by an attacker", standfirst: "", slug: "", body, intent: "publish" };
  const byName: Record<string, Record<string, string>> = {
    saveArticleAction: article,
    autosaveAction: { ...article, intent: "save" },
    heartbeatAction: { id: articleId, takeOver: "1" },
    discardAutosaveAction: { id: articleId },
    restoreRevisionAction: { articleId, revisionId: randomUUID(), version: "1" },
    addCorrectionAction: { articleId, kind: "CORRECTION", text: "Forged." },
    createPreviewAction: { articleId, hours: "24" },
    revokePreviewAction: { articleId, linkId: randomUUID() },
    trashArticleAction: { id: articleId },
    restoreFromTrashAction: { id: articleId },
    setRelatedPicksAction: { articleId },
    setFeaturedImageAction: { articleId, mediaId: "" },
    updateMediaAction: { id: randomUUID(), alt: "forged", caption: "", credit: "" },
    updateProfileAction: { name: "Forged name", bio: "" },
    changePasswordAction: { current: "wrong", password: "a new long passphrase 123", confirm: "a new long passphrase 123" },
    setAvatarAction: { mediaId: "" },
    createTagAction: { name: `Forged ${uniqueWord()}`, description: "" },
    updateTagAction: { id: randomUUID(), name: "Forged", description: "" },
    mergeTagsAction: { sourceId: randomUUID(), targetId: randomUUID() },
    deleteTagAction: { id: randomUUID() },
    addUserAction: { name: "Forged admin", email: `forged-${uniqueWord()}@example.test`, role: "ADMIN" },
    changeRoleAction: { userId: target.id, role: "ADMIN" },
    setActiveAction: { userId: target.id, active: "false" },
    issueLinkAction: { userId: target.id },
    setPasswordAction: { token: "x".repeat(43), password: "a new long passphrase 123", confirm: "a new long passphrase 123" },
    loadFeaturedImage: { articleId },
  };
  return byName[name] ?? { id: articleId, articleId };
}

test("every server action refuses a caller without a session, with or without x-middleware-subrequest", async ({ request, baseURL }) => {
  const actions = serverActions();
  expect(actions.length).toBeGreaterThanOrEqual(20);
  const owner = await makeStaff("REPORTER");
  const article = await othersDraft(owner);
  const before = await articleRow(article.id);
  let refused = 0;
  for (const action of actions) {
    for (const extra of [{}, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }] as Record<string, string>[]) {
      const answer = await callAction(request, baseURL!, action, fieldsFor(action.name, article.id, owner), extra);
      expect(answer.status, `${action.name}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
      expect(answer.text, action.name).not.toContain('"status":"success"');
      if (!OUTSIDE_USER_ACTION.has(action.name)) expect(answer.text, action.name).toContain(SESSION_ENDED);
      refused += 1;
    }
  }
  expect(await articleRow(article.id)).toEqual(before);
  const role = await withDb(async (client) => (await client.query(`SELECT role, active FROM users WHERE id = $1`, [owner.id])).rows[0]);
  expect(role).toEqual({ role: "REPORTER", active: true });
  console.log(`access control: ${actions.length} server actions, ${refused} calls without a session refused`);
});

test("a reporter cannot touch another reporter's article, nor anything reserved to editors or admins", async ({ page, baseURL }) => {
  const owner = await makeStaff("REPORTER");
  const intruder = await makeStaff("REPORTER");
  const article = await othersDraft(owner);
  const before = await articleRow(article.id);
  await signIn(page, intruder);
  const actions = serverActions().filter((a) => !["signOutAction", "setPasswordAction", "changePasswordAction", "updateProfileAction", "setAvatarAction", "updateMediaAction"].includes(a.name));
  const roleOnly = new Set(["addCorrectionAction", "restoreFromTrashAction", "createTagAction", "updateTagAction", "mergeTagsAction", "deleteTagAction", "addUserAction", "changeRoleAction", "setActiveAction", "issueLinkAction"]);
  // Harmless by design: a read of the featured image, the editing-lock heartbeat (which
  // answers who is editing) and discarding one's own autosave (scoped to the caller).
  const reads = new Set(["loadFeaturedImage", "heartbeatAction", "discardAutosaveAction"]);
  let refused = 0;
  for (const action of actions) {
    const answer = await callAction(page.request, baseURL!, action, fieldsFor(action.name, article.id, owner));
    expect(answer.status, `${action.name}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    if (roleOnly.has(action.name)) expect(answer.text, action.name).toContain(ROLE_REFUSED);
    if (!reads.has(action.name)) expect(answer.text, `${action.name}: ${answer.text.slice(0, 300)}`).not.toContain('"status":"success"');
    refused += 1;
  }
  expect(await articleRow(article.id)).toEqual(before);
  const roles = await withDb(async (client) => (await client.query(`SELECT role, active FROM users WHERE id = ANY($1::uuid[]) ORDER BY role`, [[owner.id, intruder.id]])).rows);
  expect(roles).toEqual([{ role: "REPORTER", active: true }, { role: "REPORTER", active: true }]);
  // The same request on the reporter's own draft goes through: the refusals above were
  // decisions about the article, not a malformed call.
  const own = await othersDraft(intruder);
  const save = serverActions().find((a) => a.name === "saveArticleAction")!;
  const answer = await callAction(page.request, baseURL!, save, { ...fieldsFor("saveArticleAction", own.id, intruder), intent: "save" });
  expect(answer.text).toContain('"status":"success"');
  expect((await articleRow(own.id)).headline).toBe("Overwritten by an attacker");
  console.log(`access control: reporter refused on ${refused} actions against another reporter's draft or reserved to editors/admins`);
});

test("an editor cannot manage staff or make themselves an admin", async ({ page, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  const other = await makeStaff("REPORTER");
  await signIn(page, editor);
  const actions = serverActions().filter((a) => ["addUserAction", "changeRoleAction", "setActiveAction", "issueLinkAction"].includes(a.name));
  expect(actions).toHaveLength(4);
  for (const target of [editor, other]) {
    for (const action of actions) {
      const answer = await callAction(page.request, baseURL!, action, fieldsFor(action.name, randomUUID(), target));
      expect(answer.text, action.name).toContain(ROLE_REFUSED);
    }
  }
  const rows = await withDb(async (client) => (await client.query(`SELECT id, role, active FROM users WHERE id = ANY($1::uuid[])`, [[editor.id, other.id]])).rows);
  expect(rows.find((r) => r.id === editor.id)).toMatchObject({ role: "EDITOR", active: true });
  expect(rows.find((r) => r.id === other.id)).toMatchObject({ role: "REPORTER", active: true });
});

test("route handlers: staff-only JSON and uploads need a session; the cache flush needs the internal token", async ({ request, baseURL }) => {
  const origin = { Origin: baseURL! };
  expect((await request.get("/api/media")).status()).toBe(401);
  expect((await request.post("/api/media", { headers: origin, data: { id: randomUUID(), alt: "x", caption: "", credit: "" } })).status()).toBe(401);
  expect((await request.post("/api/uploads", { headers: { ...origin, Accept: "application/json" }, data: Buffer.from([0xff, 0xd8, 0xff]) })).status()).toBe(401);
  for (const token of [undefined, "", "guess", "x".repeat(64)]) {
    const response = await request.post("/api/internal/revalidate", { headers: token === undefined ? {} : { [REVALIDATE_TOKEN_HEADER]: token }, data: { all: true } });
    expect(response.status()).toBe(404);
  }
  // The positive control: the deployment's own token is accepted.
  const own = await request.post("/api/internal/revalidate", { headers: { [REVALIDATE_TOKEN_HEADER]: revalidateToken()! }, data: { paths: ["/"] } });
  expect(own.status()).toBe(204);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("admin pages send a signed-out visitor to sign in and refuse a reporter staff pages", async ({ page, request }) => {
  for (const path of ["/admin", "/admin/articles/new", "/admin/users", "/admin/audit", "/admin/tags", "/admin/media", "/admin/trash", "/admin/profile"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([302, 303, 307], path).toContain(response.status());
    expect(response.headers()["location"], path).toContain("/login");
  }
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  for (const path of ["/admin/users", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Add staff" })).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("e2e-admin@example.test");
  }
});
