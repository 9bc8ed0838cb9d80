import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { insertArticle } from "../support/articles";
import { insertMedia, mediaRow } from "../support/media";
import { makeStaff, signIn, uniqueWord, withDb, type Staff } from "../support/staff";
import { callAction, serverActions } from "./server-actions";

// Access control, over HTTP as an attacker sends it: every server action in the build
// (read from Next's server-reference manifest, so a new action is swept automatically)
// is called without a session, with each role, and against other people's articles by
// id. The database proves nothing changed. Route handlers are swept the same way.

// Not answered with a form message: sign-out and set-password are public (sign-out ends
// only the caller's own session; for set-password the one-time token is the credential),
// and the featured-image read answers "no image" to anyone the action client refuses.
// The second-factor step and set-up act on a session that is not complete yet and check
// it themselves; forgot-password needs no session (docs/identity.md).
// (The newsroom list's saved-view forms and the front editor's story search answer a refusal by
// changing nothing or finding nothing, and the passkey calls with their own message; the next
// page load sends a person without a session to sign in. Passkey and SSO sign-in need no session.)
const OUTSIDE_USER_ACTION = new Set(["signOutAction", "setPasswordAction", "loadFeaturedImage", "verifyCodeAction", "enableTotpAction", "requestResetAction", "saveDeskViewAction", "forgetDeskViewAction", "searchStoriesCall", "startPasskeyRegistrationCall", "finishPasskeyRegistrationCall", "passkeySignInOptionsCall", "signInWithPasskeyCall", "signInWithSsoAction"]);
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

function fieldsFor(name: string, articleId: string, target: Staff, mediaId: string = randomUUID()): Record<string, string> {
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
    updateMediaAction: { id: mediaId, alt: "forged", caption: "forged", credit: "forged" },
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
    verifyCodeAction: { code: "123456", from: "/admin" },
    enableTotpAction: { setup: "v1.a.b.c", code: "123456" },
    requestResetAction: { email: target.email },
    resetTwoFactorAction: { userId: target.id },
    endUserSessionsAction: { userId: target.id },
    setTwoFactorRolesAction: { roles: "REPORTER" },
    mapGroupToRoleAction: { group: `forged-${uniqueWord()}`, role: "ADMIN" },
    unmapGroupAction: { group: "dateline-admins" },
    endSessionAction: { sessionId: randomUUID() },
    disableTotpAction: { code: "123456" },
    renewRecoveryCodesAction: { code: "123456" },
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
  // The owner's image, featured on the owner's draft: describing it is editing that draft.
  const media = await insertMedia({ uploadedById: owner.id, alt: "Owner's alt", caption: "Owner's caption", credit: "Owner's credit", featureOn: article.id });
  const before = await articleRow(article.id);
  await signIn(page, intruder);
  // Left out: the caller's own session, profile and sign-in (they act on the caller alone).
  const ownScoped = ["signOutAction", "setPasswordAction", "changePasswordAction", "updateProfileAction", "setAvatarAction", "endOtherSessionsAction", "endSessionAction", "disableTotpAction", "renewRecoveryCodesAction"];
  const actions = serverActions().filter((a) => !ownScoped.includes(a.name));
  const roleOnly = new Set(["addCorrectionAction", "restoreFromTrashAction", "createTagAction", "updateTagAction", "mergeTagsAction", "deleteTagAction", "addUserAction", "changeRoleAction", "setActiveAction", "issueLinkAction", "resetTwoFactorAction", "endUserSessionsAction", "setTwoFactorRolesAction", "mapGroupToRoleAction", "unmapGroupAction"]);
  // Harmless by design: a read of the featured image, the editing-lock heartbeat (which
  // answers who is editing) and discarding one's own autosave (scoped to the caller).
  const reads = new Set(["loadFeaturedImage", "heartbeatAction", "discardAutosaveAction"]);
  let refused = 0;
  for (const action of actions) {
    const answer = await callAction(page.request, baseURL!, action, fieldsFor(action.name, article.id, owner, media.id));
    expect(answer.status, `${action.name}: ${answer.text.slice(0, 200)}`).toBeLessThan(500);
    if (roleOnly.has(action.name)) expect(answer.text, action.name).toContain(ROLE_REFUSED);
    if (!reads.has(action.name)) expect(answer.text, `${action.name}: ${answer.text.slice(0, 300)}`).not.toContain('"status":"success"');
    refused += 1;
  }
  expect(await articleRow(article.id)).toEqual(before);
  expect(await mediaRow(media.id)).toEqual({ alt: "Owner's alt", caption: "Owner's caption", credit: "Owner's credit" });
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
  // Mapping a group to Admin is a way to make oneself an admin at the next single sign-on.
  const actions = serverActions().filter((a) => ["addUserAction", "changeRoleAction", "setActiveAction", "issueLinkAction", "mapGroupToRoleAction"].includes(a.name));
  expect(actions).toHaveLength(5);
  for (const target of [editor, other]) {
    for (const action of actions) {
      const answer = await callAction(page.request, baseURL!, action, fieldsFor(action.name, randomUUID(), target));
      expect(answer.text, action.name).toContain(ROLE_REFUSED);
    }
  }
  const rows = await withDb(async (client) => (await client.query(`SELECT id, role, active FROM users WHERE id = ANY($1::uuid[])`, [[editor.id, other.id]])).rows);
  expect(rows.find((r) => r.id === editor.id)).toMatchObject({ role: "EDITOR", active: true });
  expect(rows.find((r) => r.id === other.id)).toMatchObject({ role: "REPORTER", active: true });
  const groupRoles = await withDb(async (client) => (await client.query(`SELECT value FROM settings WHERE key = 'sso.group_roles'`)).rows[0]?.value ?? []);
  expect(JSON.stringify(groupRoles)).not.toContain("forged-");
});

test("route handlers: staff-only JSON and uploads need a session; there is no cache-flush endpoint to call", async ({ request, baseURL }) => {
  const origin = { Origin: baseURL! };
  expect((await request.get("/api/media")).status()).toBe(401);
  expect((await request.post("/api/media", { headers: origin, data: { id: randomUUID(), alt: "x", caption: "", credit: "" } })).status()).toBe(401);
  expect((await request.post("/api/uploads", { headers: { ...origin, Accept: "application/json" }, data: Buffer.from([0xff, 0xd8, 0xff]) })).status()).toBe(401);
  // Instances expire each other's pages over PostgreSQL LISTEN/NOTIFY: nothing over HTTP
  // can flush the cache, whatever the request carries. (A cached front page stays a hit.)
  await request.get("/");
  for (const headers of [{}, { "x-dateline-revalidate": "guess" }] as Record<string, string>[]) {
    const response = await request.post("/api/internal/revalidate", { headers, data: { all: true } });
    // The front page's catch-all answers any other address; it has no POST (405).
    expect([404, 405]).toContain(response.status());
  }
  expect((await request.get("/")).headers()["x-nextjs-cache"]).toBe("HIT");
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

// Issue #11, item 4: an image's alt text, caption and credit show on every article that
// features it (page, cards, JSON-LD). Changing them is editing those articles.
test("a reporter cannot rewrite the image of another person's published article; the editor can, with an audit row", async ({ browser, baseURL }) => {
  const owner = await makeStaff("REPORTER");
  const intruder = await makeStaff("REPORTER");
  const editor = await makeStaff("EDITOR");
  const live = await insertArticle({ headline: `Live story ${uniqueWord()}`, publishedAt: new Date(Date.now() - 60_000), bylineUserId: owner.id });
  const original = { alt: `Flooded high street ${uniqueWord()}`, caption: "Water reached the shop windows.", credit: "Owner / Dateline" };
  const media = await insertMedia({ uploadedById: owner.id, ...original, featureOn: live.id });
  const reader = await browser.newContext();
  const pageText = async () => (await reader.request.get(`/articles/${live.slug}`)).text();
  const jsonLdImage = (html: string) => {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const data = JSON.parse(block ?? "{}") as { image?: { caption: string }[] };
    return data.image?.[0]?.caption;
  };
  const before = await pageText();
  expect(jsonLdImage(before)).toBe(original.alt);
  expect(before).toContain(original.caption);

  const intruderContext = await browser.newContext({ baseURL });
  const intruderPage = await intruderContext.newPage();
  await signIn(intruderPage, intruder);
  const update = serverActions().find((a) => a.name === "updateMediaAction")!;
  const forged = { id: media.id, alt: "Forged alt", caption: "Forged caption", credit: "Forged credit" };
  const refused = await callAction(intruderPage.request, baseURL!, update, forged);
  expect(refused.text).toContain("This image is used by 1 article you may not edit");
  expect(refused.text).toContain(live.headline);
  // The editor's image panel fills empty library fields through /api/media: same rule.
  const blank = await insertMedia({ uploadedById: owner.id, featureOn: (await insertArticle({ headline: `Another live story ${uniqueWord()}`, publishedAt: new Date(Date.now() - 60_000), bylineUserId: owner.id })).id });
  const fill = await intruderPage.request.post("/api/media", { headers: { Origin: baseURL! }, data: { id: blank.id, alt: "Forged alt", caption: "Forged caption", credit: "" } });
  expect(fill.status()).toBe(403);
  expect((await fill.json()).message).toContain("you may not edit");
  expect(await mediaRow(blank.id)).toEqual({ alt: "", caption: "", credit: "" });
  expect(await mediaRow(media.id)).toEqual(original);
  const after = await pageText();
  expect(after).toBe(before);
  expect(jsonLdImage(after)).toBe(original.alt);

  // Positive control: the reporter may describe an image only their own draft uses.
  const ownDraft = await othersDraft(intruder);
  const own = await insertMedia({ uploadedById: intruder.id, featureOn: ownDraft.id });
  const allowed = await callAction(intruderPage.request, baseURL!, update, { id: own.id, alt: "My own picture", caption: "", credit: "" });
  expect(allowed.text).toContain('"status":"success"');
  expect((await mediaRow(own.id)).alt).toBe("My own picture");

  // The editor may: the page and its JSON-LD change at once, and the article has an audit row.
  const editorContext = await browser.newContext({ baseURL });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);
  const corrected = { id: media.id, alt: `Corrected alt ${uniqueWord()}`, caption: original.caption, credit: original.credit };
  expect((await callAction(editorPage.request, baseURL!, update, corrected)).text).toContain('"status":"success"');
  expect(jsonLdImage(await pageText())).toBe(corrected.alt);
  const audit = await withDb(async (client) => (await client.query(`SELECT actor_id, details FROM audit_events WHERE target_id = $1 AND action = 'article.media_update'`, [live.id])).rows);
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ actor_id: editor.id, details: { mediaId: media.id, fields: ["alt"], before: { alt: original.alt }, after: { alt: corrected.alt } } });
  await Promise.all([reader.close(), intruderContext.close(), editorContext.close()]);
  console.log("media details: reporter refused on a live article's image (action and /api/media), page and JSON-LD unchanged; own draft's image allowed; editor's change live with an audit row");
});
