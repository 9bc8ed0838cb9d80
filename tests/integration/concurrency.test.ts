import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { heartbeatLock, readLock } from "@/lib/articles/edit-lock";
import { ArticleConflictError } from "@/lib/articles/describe-conflict";
import { makeDocument, makeUser } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

describe("no lost work under concurrency", () => {
  it("refuses a save based on an older version, says who and when, and hands back their text for a diff", async () => {
    const a = await makeUser("EDITOR", { name: "Amira Haddad" });
    const b = await makeUser("EDITOR", { name: "Bilal Saeed" });
    const first = await saveArticle(a, articleInput({ body: makeDocument("Original paragraph.") }));
    await db.editLock.deleteMany({ where: { articleId: first.id } });
    await saveArticle(b, { ...articleInput({ body: makeDocument("Bilal's paragraph.") }), id: first.id, version: first.version });
    await db.editLock.deleteMany({ where: { articleId: first.id } });
    const stale = saveArticle(a, { ...articleInput({ body: makeDocument("Amira's paragraph.") }), id: first.id, version: first.version });
    await expect(stale).rejects.toBeInstanceOf(ArticleConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ArticleConflictError;
    expect(error.message).toMatch(/^Bilal Saeed changed this article at .* UTC/);
    expect(error.snapshot).toMatchObject({ bodyText: "Bilal's paragraph.", changedBy: "Bilal Saeed", version: first.version + 1 });
    // Saving again on top of the version they have now seen works, and both texts survive in history.
    await saveArticle(a, { ...articleInput({ body: makeDocument("Amira's paragraph.") }), id: first.id, version: error.snapshot!.version });
    const bodies = (await db.revision.findMany({ where: { articleId: first.id }, orderBy: { createdAt: "asc" } })).map((r) => JSON.stringify(r.body));
    expect(bodies.some((x) => x.includes("Bilal's paragraph."))).toBe(true);
    expect(bodies.at(-1)).toContain("Amira's paragraph.");
  });

  it("shows who is editing, lets another take over, and tells the first on their next save or heartbeat", async () => {
    const a = await makeUser("EDITOR", { name: "Amira Haddad" });
    const b = await makeUser("EDITOR", { name: "Bilal Saeed" });
    const article = await saveArticle(a, articleInput());
    expect(await heartbeatLock(a, article.id)).toMatchObject({ held: "mine" });
    expect(await readLock(article.id, b.id)).toMatchObject({ held: "other", by: "Amira Haddad" });
    expect(await heartbeatLock(b, article.id)).toMatchObject({ held: "other", by: "Amira Haddad" });
    expect(await heartbeatLock(b, article.id, { takeOver: true })).toMatchObject({ held: "mine" });
    // A's heartbeat and save now say who took over; nothing is written.
    expect(await heartbeatLock(a, article.id)).toMatchObject({ held: "other", by: "Bilal Saeed" });
    await expect(saveArticle(a, { ...articleInput({ headline: "A's words" }), id: article.id, version: article.version })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Bilal Saeed took over editing"),
    });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).not.toBe("A's words");
  });

  it("lets a lock lapse after 5 minutes without activity", async () => {
    const a = await makeUser("EDITOR");
    const b = await makeUser("EDITOR");
    const article = await saveArticle(a, articleInput());
    const start = new Date();
    await heartbeatLock(a, article.id, { now: start });
    const later = new Date(start.getTime() + 4 * 60_000);
    expect(await heartbeatLock(b, article.id, { now: later })).toMatchObject({ held: "other" });
    const lapsed = new Date(start.getTime() + 5 * 60_000 + 1000);
    expect(await readLock(article.id, b.id, lapsed)).toEqual({ held: "none" });
    expect(await heartbeatLock(b, article.id, { now: lapsed })).toMatchObject({ held: "mine" });
  });
});
