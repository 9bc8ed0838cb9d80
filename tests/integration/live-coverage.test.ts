import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { endLiveCoverage, readNextLiveBoundary, setLiveCoverage } from "@/lib/live/coverage";
import { deleteLiveEntry, editLiveEntry, pinLiveEntry, postLiveEntry } from "@/lib/live/entries";
import { isLiveNow } from "@/lib/live/live-state";
import { findLiveEntryPosition, listKeyEvents, listLiveEntries, listPinnedEntries, readLiveVersion } from "@/lib/live/read-live";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { postLiveEntrySchema } from "@/lib/live/schema";
import { makeDocument, makeUser } from "../support/factories";
import { makeArticle, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
const coverages: string[] = [];
afterAll(async () => {
  // No coverage left with a future start or end: the publication clock reads them.
  await db.liveCoverage.deleteMany({ where: { articleId: { in: coverages } } });
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

async function liveArticle() {
  const editor = await makeUser("EDITOR");
  const article = await makeArticle(editor, "PUBLISHED");
  await setLiveCoverage(editor, { articleId: article.id, startsAt: new Date(Date.now() - 60_000) });
  coverages.push(article.id);
  return { editor, article };
}

const entry = (text: string, extra: { headline?: string; keyEvent?: boolean } = {}) => ({ headline: extra.headline ?? "", body: makeDocument(text), keyEvent: extra.keyEvent ?? false });

describe("live coverage: many writers, no lost entries", () => {
  it("keeps all 50 entries posted at once from 5 accounts, each with its revision and audit row", async () => {
    const { article, editor } = await liveArticle();
    const reporters = await Promise.all([1, 2, 3, 4, 5].map(() => makeUser("REPORTER")));
    // Someone holds the article's edit lock meanwhile: entries do not care.
    await db.editLock.upsert({ where: { articleId: article.id }, create: { articleId: article.id, userId: editor.id }, update: { userId: editor.id } });
    const posts = reporters.flatMap((reporter, r) => Array.from({ length: 10 }, (_, i) => postLiveEntry(reporter, { articleId: article.id, ...entry(`Entry ${r}-${i}`) })));
    const results = await Promise.allSettled(posts);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const rows = await db.liveEntry.findMany({ where: { articleId: article.id }, select: { body: true, authorId: true } });
    const texts = rows.map((row) => JSON.stringify(row.body).match(/Entry \d-\d/)?.[0]).sort();
    const expected = reporters.flatMap((_, r) => Array.from({ length: 10 }, (_, i) => `Entry ${r}-${i}`)).sort();
    expect(texts).toEqual(expected);
    expect(new Set(rows.map((row) => row.authorId))).toEqual(new Set(reporters.map((r) => r.id)));
    expect(await db.liveEntryRevision.count({ where: { entry: { articleId: article.id }, change: "POST" } })).toBe(50);
    expect(await db.auditEvent.count({ where: { targetId: article.id, action: "live.entry_post" } })).toBe(50);
    // Every entry is on exactly one page, newest first and oldest first alike.
    const newest = [1, 2, 3].map((page) => listLiveEntries(article.id, { page }));
    const pages = await Promise.all(newest);
    expect(pages.flatMap((p) => p.entries.map((e) => e.id)).length).toBe(50);
    expect(new Set(pages.flatMap((p) => p.entries.map((e) => e.id))).size).toBe(50);
    expect(pages[2]!.hasNext).toBe(false);
    expect((await readLiveVersion(article.id)).count).toBe(50);
  });
});

describe("live coverage: entries", () => {
  it("edits, pins and deletes as revisions with the audit log; only the author or an editor may change an entry", async () => {
    const { article, editor } = await liveArticle();
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const posted = await postLiveEntry(reporter, { articleId: article.id, ...entry("Talks begin.", { headline: "Talks begin", keyEvent: true }) });

    await expect(editLiveEntry(other, { entryId: posted.id, ...entry("Hijacked.") })).rejects.toThrow(/author or an editor/);
    await expect(pinLiveEntry(reporter, { entryId: posted.id, pinned: true })).rejects.toThrow(/Only editors/);

    await editLiveEntry(reporter, { entryId: posted.id, ...entry("Talks began at 10:00.", { headline: "Talks begin", keyEvent: true }) });
    await pinLiveEntry(editor, { entryId: posted.id, pinned: true });
    const [shown] = (await listLiveEntries(article.id)).entries;
    expect(shown).toMatchObject({ id: posted.id, pinned: true, keyEvent: true });
    expect(shown!.editedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(shown!.body)).toContain("Talks began at 10:00.");
    expect((await listPinnedEntries(article.id)).map((e) => e.id)).toEqual([posted.id]);
    expect((await listKeyEvents(article.id)).map((e) => e.id)).toEqual([posted.id]);
    expect(await findLiveEntryPosition(article.id, posted.id)).toBe(1);

    await deleteLiveEntry(editor, posted.id);
    expect((await listLiveEntries(article.id)).entries).toEqual([]);
    expect(await findLiveEntryPosition(article.id, posted.id)).toBeNull();
    // The row and every version stay.
    const changes = await db.liveEntryRevision.findMany({ where: { entryId: posted.id }, orderBy: { createdAt: "asc" }, select: { change: true } });
    expect(changes.map((c) => c.change)).toEqual(["POST", "EDIT", "PIN", "DELETE"]);
    const actions = await db.auditEvent.findMany({ where: { targetId: article.id, action: { startsWith: "live.entry" } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["live.entry_delete", "live.entry_edit", "live.entry_pin", "live.entry_post"]);
    await expect(editLiveEntry(editor, { entryId: posted.id, ...entry("Back?") })).rejects.toThrow(/does not exist/);
  });

  it("refuses an empty entry and a document the editor could not have made", () => {
    const base = { articleId: "00000000-0000-4000-8000-000000000000", headline: "" };
    expect(postLiveEntrySchema.safeParse({ ...base, body: JSON.stringify(makeDocument("   ")) }).success).toBe(false);
    expect(postLiveEntrySchema.safeParse({ ...base, body: JSON.stringify({ type: "doc", content: [{ type: "script" }] }) }).success).toBe(false);
    expect(postLiveEntrySchema.safeParse({ ...base, body: JSON.stringify(makeDocument("Fine.")) }).success).toBe(true);
  });
});

describe("live coverage: the window", () => {
  it("is live between start and end, shows LIVE on lists, refuses posts once ended and keeps every entry", async () => {
    const { article, editor } = await liveArticle();
    const reporter = await makeUser("REPORTER");
    await postLiveEntry(reporter, { articleId: article.id, ...entry("First.") });
    const card = async () => (await listPublishedArticles({ perPage: 100 })).articles.find((a) => a.slug === article.slug);
    expect((await card())?.live).toBe(true);

    await endLiveCoverage(editor, article.id);
    const coverage = await db.liveCoverage.findUniqueOrThrow({ where: { articleId: article.id } });
    expect(isLiveNow(coverage)).toBe(false);
    expect((await card())?.live).toBe(false);
    await expect(postLiveEntry(reporter, { articleId: article.id, ...entry("Late.") })).rejects.toThrow(/Coverage has ended/);
    expect((await listLiveEntries(article.id)).entries).toHaveLength(1);
    await expect(endLiveCoverage(reporter, article.id)).rejects.toThrow(/Only editors/);
  });

  it("tells the publication clock when coverage starts or ends by itself", async () => {
    const { article, editor } = await liveArticle();
    const end = new Date(Date.now() + 5_000);
    try {
      await setLiveCoverage(editor, { articleId: article.id, startsAt: new Date(Date.now() - 1_000), endsAt: end });
      const next = await readNextLiveBoundary();
      expect(next!.getTime()).toBeLessThanOrEqual(end.getTime());
    } finally {
      await setLiveCoverage(editor, { articleId: article.id, startsAt: new Date(Date.now() - 1_000), endsAt: null });
    }
  });
});
