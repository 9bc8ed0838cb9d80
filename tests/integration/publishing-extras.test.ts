import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { findSlugRedirect } from "@/lib/articles/find-redirect";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { addCorrection, listPublicCorrections } from "@/lib/articles/corrections";
import { createPreviewLink, getPreviewArticle, revokePreviewLink } from "@/lib/articles/preview-links";
import { listTrash, restoreFromTrash, trashArticle } from "@/lib/articles/trash";
import { listDeskArticles } from "@/lib/articles/list-desk-articles";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { setUserActive } from "@/lib/users/set-user-active";
import { changeUserRole } from "@/lib/users/change-user-role";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

async function publishedArticle(editor: { id: string; role: "EDITOR" | "ADMIN" | "REPORTER" }, slug: string) {
  const saved = await saveArticle(editor, articleInput({ slug }), { slugEdited: true });
  return transitionArticle(editor, { id: saved.id, transition: "publish", version: saved.version });
}

describe("slugs after publication", () => {
  it("keeps every old slug answering with the current one, chains included, and never hands them to another article", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const v1 = await publishedArticle(editor, `first-${s}`);
    const v2 = await saveArticle(editor, { ...articleInput({ slug: `second-${s}` }), id: v1.id, version: v1.version });
    const v3 = await saveArticle(editor, { ...articleInput({ slug: `third-${s}` }), id: v1.id, version: v2.version });
    expect(await findSlugRedirect(`first-${s}`)).toBe(`third-${s}`);
    expect(await findSlugRedirect(`second-${s}`)).toBe(`third-${s}`);
    expect(await findSlugRedirect(`third-${s}`)).toBeNull();
    expect(await getPublishedArticle(`third-${s}`)).not.toBeNull();
    // Another article cannot take an old address.
    await expect(saveArticle(editor, articleInput({ slug: `first-${s}` }), { slugEdited: true })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { slug: [expect.stringContaining("redirects")] } });
    // Going back to an old slug is allowed and stops redirecting it.
    await saveArticle(editor, { ...articleInput({ slug: `first-${s}` }), id: v1.id, version: v3.version });
    expect(await findSlugRedirect(`first-${s}`)).toBeNull();
    expect(await findSlugRedirect(`third-${s}`)).toBe(`first-${s}`);
  });

  it("does not keep slugs of an article that was never published", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const draft = await saveArticle(editor, articleInput({ slug: `draft-a-${s}` }), { slugEdited: true });
    await saveArticle(editor, { ...articleInput({ slug: `draft-b-${s}` }), id: draft.id, version: draft.version });
    expect(await db.slugRedirect.count({ where: { articleId: draft.id } })).toBe(0);
  });
});

describe("corrections and the modified time", () => {
  it("shows corrections on the article and /corrections, newest first, and moves the modified time; a minor fix does not", async () => {
    const editor = await makeUser("EDITOR");
    const published = await publishedArticle(editor, `corrected-${uniqueSuffix()}`);
    const before = await getPublishedArticle(published.slug);
    expect(before?.updatedAt.getTime()).toBe(published.publishedAt!.getTime());

    const minorAt = new Date(Date.now() + 120_000);
    const minor = await saveArticle(editor, { ...articleInput({ minor: true }), id: published.id, version: published.version }, { now: minorAt });
    expect((await getPublishedArticle(published.slug))?.updatedAt.getTime()).toBe(published.publishedAt!.getTime());

    const substantiveAt = new Date(Date.now() + 240_000);
    await saveArticle(editor, { ...articleInput(), id: published.id, version: minor.version }, { now: substantiveAt });
    expect((await getPublishedArticle(published.slug))?.updatedAt.getTime()).toBe(substantiveAt.getTime());

    const correctionAt = new Date(Date.now() + 360_000);
    await addCorrection(editor, { articleId: published.id, kind: "CORRECTION", text: "An earlier version gave the wrong date." }, { now: correctionAt, ip: "192.0.2.9" });
    await addCorrection(editor, { articleId: published.id, kind: "UPDATE", text: "The talks have resumed." }, { now: new Date(Date.now() + 480_000) });
    const article = await getPublishedArticle(published.slug);
    expect(article?.corrections.map((c) => c.kind)).toEqual(["CORRECTION", "UPDATE"]);
    expect(article?.updatedAt.getTime()).toBeGreaterThan(correctionAt.getTime());
    const list = await listPublicCorrections({ now: new Date(Date.now() + 600_000) });
    const mine = list.items.filter((i) => i.article.slug === published.slug);
    expect(mine.map((i) => i.text)).toEqual(["The talks have resumed.", "An earlier version gave the wrong date."]);
    const audit = await db.auditEvent.findFirst({ where: { targetId: published.id, action: "article.correction" } });
    expect(audit).toMatchObject({ actorId: editor.id, ip: "192.0.2.9" });
  });

  it("refuses a correction on a draft and from a reporter", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const draft = await saveArticle(editor, articleInput());
    await expect(addCorrection(editor, { articleId: draft.id, kind: "CORRECTION", text: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
    const published = await publishedArticle(editor, `c-${uniqueSuffix()}`);
    await expect(addCorrection(reporter, { articleId: published.id, kind: "CORRECTION", text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("preview links", () => {
  it("shows the current draft to the token's holder until it expires or is revoked", async () => {
    const reporter = await makeUser("REPORTER");
    const draft = await saveArticle(reporter, articleInput({ headline: "Embargoed scoop" }));
    const link = await createPreviewLink(reporter, { articleId: draft.id });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(47 * 3_600_000);
    // Only the hash is stored.
    expect(await db.previewLink.count({ where: { tokenHash: link.token } })).toBe(0);
    expect((await getPreviewArticle(link.token))?.headline).toBe("Embargoed scoop");
    // It follows the draft.
    await saveArticle(reporter, { ...articleInput({ headline: "Embargoed scoop, revised" }), id: draft.id, version: draft.version });
    expect((await getPreviewArticle(link.token))?.headline).toBe("Embargoed scoop, revised");
    expect(await getPreviewArticle(link.token, new Date(link.expiresAt.getTime() + 1))).toBeNull();

    await revokePreviewLink(reporter, { articleId: draft.id, linkId: link.id });
    expect(await getPreviewArticle(link.token)).toBeNull();
    expect(await getPreviewArticle("not-a-token")).toBeNull();
    const short = await createPreviewLink(reporter, { articleId: draft.id, hours: 1 });
    expect(short.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);
  });

  // Issue #11, item 7: a link speaks for its creator.
  it("stops working when its creator is deactivated or can no longer preview the article", async () => {
    const admin = await makeUser("ADMIN");
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(reporter, articleInput({ headline: "Council budget leak" }));
    const reporterLink = await createPreviewLink(reporter, { articleId: draft.id });
    const editorLink = await createPreviewLink(editor, { articleId: draft.id });
    expect((await getPreviewArticle(reporterLink.token))?.headline).toBe("Council budget leak");
    expect((await getPreviewArticle(editorLink.token))?.headline).toBe("Council budget leak");

    // Submitting is the story's progress, not a loss of the reporter's right: the link lives.
    await transitionArticle(reporter, { id: draft.id, transition: "submit", version: draft.version });
    expect((await getPreviewArticle(reporterLink.token))?.headline).toBe("Council budget leak");

    // The editor becomes a reporter: someone else's story is no longer theirs to share.
    await changeUserRole(admin, editor.id, "REPORTER");
    expect(await getPreviewArticle(editorLink.token)).toBeNull();
    await changeUserRole(admin, editor.id, "EDITOR");
    expect((await getPreviewArticle(editorLink.token))?.headline).toBe("Council budget leak");

    // The reporter leaves: every link they made stops at once.
    await setUserActive(admin, reporter.id, false);
    expect(await getPreviewArticle(reporterLink.token)).toBeNull();
    expect((await getPreviewArticle(editorLink.token))?.headline).toBe("Council budget leak");
  });
});

describe("trash", () => {
  it("moves an unpublished article to a trash an editor restores from, and refuses a published one", async () => {
    const editor = await makeUser("EDITOR");
    const published = await publishedArticle(editor, `trash-${uniqueSuffix()}`);
    await expect(trashArticle(editor, { id: published.id })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("Unpublish") });
    const down = await transitionArticle(editor, { id: published.id, transition: "unpublish", version: published.version });
    await trashArticle(editor, { id: down.id }, { ip: "192.0.2.1" });
    expect((await listDeskArticles({ bylineUserId: editor.id })).articles.map((a) => a.id)).not.toContain(down.id);
    expect((await listTrash()).map((t) => t.id)).toContain(down.id);
    // Still there, not hard-deleted.
    expect(await db.article.count({ where: { id: down.id } })).toBe(1);

    await restoreFromTrash(editor, { id: down.id });
    expect((await listDeskArticles({ bylineUserId: editor.id })).articles.map((a) => a.id)).toContain(down.id);
    const events = await listAuditEvents({ targetId: down.id });
    expect(events.events.map((e) => e.action)).toEqual(expect.arrayContaining(["article.delete", "article.restore", "article.unpublish", "article.publish"]));
  });

  it("cannot restore after 30 days", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput());
    await trashArticle(editor, { id: draft.id }, { now: new Date(Date.now() - 31 * 86_400_000) });
    expect((await listTrash()).map((t) => t.id)).not.toContain(draft.id);
    await expect(restoreFromTrash(editor, { id: draft.id })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("audit log", () => {
  it("lists events newest first and filters by action and actor", async () => {
    const editor = await makeUser("EDITOR", { name: "Audit Subject" });
    await publishedArticle(editor, `audit-${uniqueSuffix()}`);
    const byActor = await listAuditEvents({ actorId: editor.id });
    expect(byActor.events.map((e) => e.action)).toEqual(["article.publish"]);
    expect(byActor.events[0]?.actor).toBe("Audit Subject");
    const publishes = await listAuditEvents({ action: "article.publish" });
    expect(publishes.events.every((e) => e.action === "article.publish")).toBe(true);
  });
});

describe("which saves expire cached public pages", () => {
  it("a draft that never had a publication time leaves them alone; publishing, and every save after, expires them", async () => {
    const editor = await makeUser("EDITOR");
    const created = await saveArticle(editor, articleInput({ slug: `quiet-${uniqueSuffix()}` }), { slugEdited: true });
    expect(created.touchesPublicPages).toBe(false);
    const saved = await saveArticle(editor, { ...articleInput(), id: created.id, version: created.version });
    expect(saved.touchesPublicPages).toBe(false);
    const published = await saveArticle(editor, { ...articleInput({ intent: "publish" }), id: created.id, version: saved.version });
    expect(published.status).toBe("PUBLISHED");
    expect(published.touchesPublicPages).toBe(true);
    const edited = await saveArticle(editor, { ...articleInput(), id: created.id, version: published.version });
    expect(edited.touchesPublicPages).toBe(true);
    const unpublished = await saveArticle(editor, { ...articleInput({ intent: "unpublish" }), id: created.id, version: edited.version });
    expect(unpublished.touchesPublicPages).toBe(true);
  });

  it("scheduling expires them: the pages must end their lifetime at the publication time", async () => {
    const editor = await makeUser("EDITOR");
    const created = await saveArticle(editor, articleInput({ slug: `later-${uniqueSuffix()}` }), { slugEdited: true });
    const scheduled = await saveArticle(editor, { ...articleInput({ intent: "schedule", publishAt: "2099-01-01T09:00" }), id: created.id, version: created.version });
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.touchesPublicPages).toBe(true);
  });
});
