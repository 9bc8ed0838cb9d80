import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { transitionArticle } from "@/lib/articles/transition-article";
import { getArticleForEditing } from "@/lib/articles/get-article-for-editing";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { listDeskArticles, countAwaitingReview } from "@/lib/articles/list-desk-articles";
import { makeUser } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

describe("workflow: draft → review → published → unpublished", () => {
  it("a reporter submits, an editor sends it back with a note the reporter sees, then approves and publishes", async () => {
    const reporter = await makeUser("REPORTER", { name: "Farid Omar" });
    const editor = await makeUser("EDITOR", { name: "Amira Haddad" });
    const draft = await saveArticle(reporter, articleInput());
    const submitted = await saveArticle(reporter, { ...articleInput({ headline: "Ready for the desk" }), id: draft.id, version: draft.version, intent: "submit" });
    expect(submitted.status).toBe("IN_REVIEW");
    const awaiting = await listDeskArticles({ status: "IN_REVIEW", bylineUserId: reporter.id });
    expect(awaiting.articles.map((a) => a.id)).toEqual([draft.id]);
    expect(await countAwaitingReview()).toBeGreaterThanOrEqual(1);

    // Out of the reporter's hands while in review.
    await expect(saveArticle(reporter, { ...articleInput(), id: draft.id, version: submitted.version })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const back = await transitionArticle(editor, { id: draft.id, transition: "send_back", note: "Name the second source.", version: submitted.version }, { ip: "203.0.113.7" });
    expect(back.status).toBe("DRAFT");
    const seen = await getArticleForEditing(draft.id);
    expect(seen?.lastNote?.text).toContain("Name the second source.");
    expect(seen?.lastNote?.author).toBe("Amira Haddad");

    const again = await saveArticle(reporter, { ...articleInput({ headline: "Ready, with both sources" }), id: draft.id, version: back.version, intent: "submit" });
    const published = await transitionArticle(editor, { id: draft.id, transition: "publish", version: again.version });
    expect(published.status).toBe("PUBLISHED");
    expect(await getPublishedArticle(published.slug)).not.toBeNull();

    const unpublished = await transitionArticle(editor, { id: draft.id, transition: "unpublish", version: published.version });
    expect(unpublished.status).toBe("UNPUBLISHED");
    expect(await getPublishedArticle(published.slug)).toBeNull();
    const republished = await transitionArticle(editor, { id: draft.id, transition: "publish", version: unpublished.version });
    // Republishing keeps the first publication time.
    expect(republished.publishedAt?.getTime()).toBe(published.publishedAt?.getTime());

    const statusRevisions = await db.revision.findMany({ where: { articleId: draft.id, kind: "STATUS" }, orderBy: { createdAt: "asc" } });
    expect(statusRevisions.map((r) => [r.status, r.authorId])).toEqual([
      ["IN_REVIEW", reporter.id],
      ["DRAFT", editor.id],
      ["IN_REVIEW", reporter.id],
      ["PUBLISHED", editor.id],
      ["UNPUBLISHED", editor.id],
      ["PUBLISHED", editor.id],
    ]);
    expect(statusRevisions[1]?.note).toBe("Sent back to the reporter: Name the second source.");

    const audit = await db.auditEvent.findMany({ where: { targetId: draft.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["article.submit", "article.send_back", "article.submit", "article.publish", "article.unpublish", "article.publish"]);
    expect(audit[1]).toMatchObject({ actorId: editor.id, ip: "203.0.113.7", details: { from: "IN_REVIEW", to: "DRAFT", note: "Name the second source." } });
  });

  it("accepts only valid transitions", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput());
    await expect(transitionArticle(editor, { id: draft.id, transition: "unpublish" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(transitionArticle(editor, { id: draft.id, transition: "send_back", note: "x" })).rejects.toMatchObject({ code: "VALIDATION" });
    const submitted = await transitionArticle(editor, { id: draft.id, transition: "submit" });
    await expect(transitionArticle(editor, { id: draft.id, transition: "send_back", note: "  " })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("note") });
    await expect(transitionArticle(editor, { id: draft.id, transition: "submit" })).rejects.toMatchObject({ code: "VALIDATION" });
    const published = await transitionArticle(editor, { id: draft.id, transition: "publish", version: submitted.version });
    await expect(transitionArticle(editor, { id: draft.id, transition: "publish" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(transitionArticle(editor, { id: draft.id, transition: "schedule", publishAt: new Date(Date.now() + 60_000) })).rejects.toMatchObject({ code: "VALIDATION" });
    // A transition based on an old version is refused with who changed it.
    await expect(transitionArticle(editor, { id: draft.id, transition: "unpublish", version: submitted.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe(published.status);
  });

  it("refuses to publish an empty article", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput({ body: { type: "doc", content: [{ type: "paragraph" }] } }));
    await expect(transitionArticle(editor, { id: draft.id, transition: "publish" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("filters the desk list by status, byline and tag", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const tagged = await saveArticle(reporter, articleInput({ tags: ["Desk filter zeta"] }));
    await saveArticle(editor, articleInput({ tags: ["Desk filter zeta"], bylines: [editor.id, reporter.id] }));
    const byReporter = await listDeskArticles({ bylineUserId: reporter.id });
    expect(byReporter.articles).toHaveLength(2);
    const tagSlug = "desk-filter-zeta";
    const byTag = await listDeskArticles({ tagSlug, bylineUserId: reporter.id, status: "DRAFT" });
    expect(byTag.articles.map((a) => a.id)).toContain(tagged.id);
    const published = await listDeskArticles({ tagSlug, bylineUserId: reporter.id, status: "PUBLISHED" });
    expect(published.articles).toHaveLength(0);
  });

  // The list reads the page's rows first, then their bylines and tags in one join each
  // (lib/articles/list-desk-articles.ts): every row keeps its own names, in their order.
  it("lists each row's bylines and tags in their order, empty when there are none", async () => {
    const reporter = await makeUser("REPORTER", { name: "Desk Order Reporter" });
    const editor = await makeUser("EDITOR", { name: "Desk Order Editor" });
    const both = await saveArticle(editor, articleInput({ tags: ["Desk order beta", "Desk order alpha"], bylines: [reporter.id, editor.id] }));
    const bare = await saveArticle(editor, articleInput({ tags: [], bylines: [editor.id] }));
    const { articles } = await listDeskArticles({ bylineUserId: editor.id });
    const row = (id: string) => articles.find((a) => a.id === id)!;
    expect(row(both.id)).toMatchObject({ bylines: ["Desk Order Reporter", "Desk Order Editor"], tags: ["Desk order beta", "Desk order alpha"] });
    expect(row(bare.id)).toMatchObject({ bylines: ["Desk Order Editor"], tags: [] });
    // Most recently changed first, as before.
    expect(articles.map((a) => a.id).indexOf(bare.id)).toBeLessThan(articles.map((a) => a.id).indexOf(both.id));
  });
});
