import { afterAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { autosaveArticle, getAutosave } from "@/lib/articles/autosave-article";
import { getRevision, listRevisions, restoreRevision } from "@/lib/articles/revisions";
import { diffWords } from "@/lib/articles/word-diff";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";
import { createSection, deleteSection } from "@/lib/sections/save-section";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

describe("revisions, autosave and restore", () => {
  it("keeps one rolling autosave per person and article, out of the history and off the article", async () => {
    const editor = await makeUser("EDITOR");
    const saved = await saveArticle(editor, articleInput({ headline: "Explicitly saved" }));
    const revisionsBefore = await db.revision.count({ where: { articleId: saved.id } });
    for (const words of ["First typing", "More typing", "Still typing"]) {
      await autosaveArticle(editor, { ...articleInput({ headline: words }), id: saved.id, version: saved.version });
    }
    expect(await db.autosave.count({ where: { articleId: saved.id } })).toBe(1);
    expect((await getAutosave(saved.id, editor.id))?.headline).toBe("Still typing");
    // Every typed field is kept: the dateline and the search and social overrides too.
    await autosaveArticle(editor, { ...articleInput({ headline: "Still typing" }), dateline: "DOHA", seoTitle: "Doha talks: what we know", socialTitle: "", id: saved.id, version: saved.version });
    expect(await getAutosave(saved.id, editor.id)).toMatchObject({ dateline: "DOHA", seoTitle: "Doha talks: what we know", socialTitle: "", socialDescription: "" });
    expect(await db.revision.count({ where: { articleId: saved.id } })).toBe(revisionsBefore);
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).headline).toBe("Explicitly saved");

    // A second person's autosave is their own.
    const colleague = await makeUser("EDITOR");
    await db.editLock.deleteMany({ where: { articleId: saved.id } });
    await autosaveArticle(colleague, { ...articleInput({ headline: "Colleague typing" }), id: saved.id, version: saved.version });
    expect(await db.autosave.count({ where: { articleId: saved.id } })).toBe(2);

    // An explicit save supersedes the saver's autosave.
    await db.editLock.deleteMany({ where: { articleId: saved.id } });
    await saveArticle(editor, { ...articleInput({ headline: "Saved for real" }), id: saved.id, version: saved.version });
    expect(await getAutosave(saved.id, editor.id)).toBeNull();
    expect(await getAutosave(saved.id, colleague.id)).not.toBeNull();
  });

  it("diffs any two revisions word by word and restores one as a new revision", async () => {
    const editor = await makeUser("EDITOR", { name: "Leila Nasser" });
    const first = await saveArticle(editor, articleInput({ headline: "Talks resume", body: makeDocument("The talks resumed on Sunday in Doha.") }));
    const second = await saveArticle(editor, { ...articleInput({ headline: "Talks collapse", body: makeDocument("The talks collapsed on Monday in Doha.") }), id: first.id, version: first.version });

    const history = await listRevisions(first.id);
    expect(history.map((r) => r.version)).toEqual([second.version, first.version]);
    expect(history[0]?.author).toBe("Leila Nasser");
    const [older, newer] = await Promise.all([getRevision(first.id, history[1]!.id), getRevision(first.id, history[0]!.id)]);
    const parts = diffWords(documentToPlainText(older!.body as ContentDocument), documentToPlainText(newer!.body as ContentDocument));
    expect(parts.filter((p) => p.op === "del").map((p) => p.text.trim())).toEqual(["resumed", "Sunday"]);
    expect(parts.filter((p) => p.op === "add").map((p) => p.text.trim())).toEqual(["collapsed", "Monday"]);

    const restored = await restoreRevision(editor, { articleId: first.id, revisionId: history[1]!.id, version: second.version }, { ip: "198.51.100.4" });
    const article = await db.article.findUniqueOrThrow({ where: { id: first.id } });
    expect(article.headline).toBe("Talks resume");
    expect(documentToPlainText(article.body as ContentDocument)).toBe("The talks resumed on Sunday in Doha.");
    const after = await listRevisions(first.id);
    // History is never rewritten: the restore is one more revision on top.
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ kind: "RESTORE", version: restored.version, note: `Restored version ${first.version}` });
    expect(after.slice(1).map((r) => r.id)).toEqual(history.map((r) => r.id));
    const audit = await db.auditEvent.findFirst({ where: { targetId: first.id, action: "article.restore_revision" } });
    expect(audit).toMatchObject({ actorId: editor.id, ip: "198.51.100.4" });

    // A restore based on an old version is refused.
    await expect(restoreRevision(editor, { articleId: first.id, revisionId: history[0]!.id, version: second.version })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  // issue-13: the primary section is part of the snapshot (id and name then).
  it("records the section in each revision, and restoring an older revision restores its section", async () => {
    const admin = await makeUser("ADMIN");
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const section = (name: string) => createSection(admin, { name: `${name} ${s}`, slug: "", description: "", position: 0, parentId: undefined });
    const [world, business] = await Promise.all([section("World"), section("Business")]);

    const first = await saveArticle(editor, articleInput({ headline: "Port strike", sectionId: world.id }));
    const second = await saveArticle(editor, { ...articleInput({ headline: "Port strike", sectionId: business.id }), id: first.id, version: first.version });
    const third = await saveArticle(editor, { ...articleInput({ headline: "Port strike", sectionId: null }), id: first.id, version: second.version });
    const history = await listRevisions(first.id);
    const [v3, v2, v1] = await Promise.all(history.slice(0, 3).map((r) => getRevision(first.id, r.id)));
    expect([v1?.sectionName, v2?.sectionName, v3?.sectionName]).toEqual([`World ${s}`, `Business ${s}`, ""]);

    // Restoring version 1 brings World back; the restore's own revision records it.
    const restored = await restoreRevision(editor, { articleId: first.id, revisionId: history[2]!.id, version: third.version });
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).sectionId).toBe(world.id);
    expect((await getRevision(first.id, (await listRevisions(first.id))[0]!.id))?.sectionName).toBe(`World ${s}`);

    // Restoring version 3 (no section) clears it again.
    const cleared = await restoreRevision(editor, { articleId: first.id, revisionId: history[0]!.id, version: restored.version });
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).sectionId).toBeNull();

    // A version whose section was deleted since keeps the current section, and says so.
    await deleteSection(admin, business.id);
    await restoreRevision(editor, { articleId: first.id, revisionId: history[1]!.id, version: cleared.version });
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id } })).sectionId).toBeNull();
    expect((await listRevisions(first.id))[0]?.note).toContain(`its section “Business ${s}” no longer exists`);
  });

  it("stores bylines in order, the creator first by default", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const a = await saveArticle(reporter, articleInput());
    expect((await db.byline.findMany({ where: { articleId: a.id } })).map((b) => b.userId)).toEqual([reporter.id]);
    const b = await saveArticle(editor, articleInput({ bylines: [reporter.id, editor.id] }));
    const order = await db.byline.findMany({ where: { articleId: b.id }, orderBy: { position: "asc" } });
    expect(order.map((x) => x.userId)).toEqual([reporter.id, editor.id]);
    await expect(saveArticle(editor, articleInput({ bylines: ["00000000-0000-4000-8000-000000000000"] }))).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

// Issue #11, item 7: revisions are kept with a documented retention (docs/workflow.md).
describe("revision retention", () => {
  const DAY = 86_400_000;
  const at = (daysAgo: number, hour: number) => {
    const d = new Date(Date.now() - daysAgo * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  async function oldRevision(articleId: string, authorId: string, kind: "SAVE" | "AUTOSAVE" | "STATUS" | "RESTORE" | "IMPORT", createdAt: Date, note = "") {
    return db.revision.create({
      data: { articleId, version: 1, kind, status: "DRAFT", headline: `${kind} ${createdAt.toISOString()}`, standfirst: "", slug: "x", body: {}, tags: [], bylines: [], authorId, note, createdAt },
      select: { id: true },
    });
  }

  it("thins old unnamed saves to the newest of each day and never drops a named revision", async () => {
    const editor = await makeUser("EDITOR");
    const saved = await saveArticle(editor, articleInput({ headline: "A story with a long history" }));
    const firstSave = await db.revision.findFirstOrThrow({ where: { articleId: saved.id } });
    // Two old days of plain saves, 5 each, and named revisions among them.
    const dayA = await Promise.all([8, 9, 10, 11, 12].map((h) => oldRevision(saved.id, editor.id, "SAVE", at(40, h))));
    const dayB = await Promise.all([8, 9, 10, 11, 12].map((h) => oldRevision(saved.id, editor.id, "AUTOSAVE", at(30, h))));
    const named = await Promise.all([
      oldRevision(saved.id, editor.id, "STATUS", at(40, 9), "Submitted: ready"),
      oldRevision(saved.id, editor.id, "RESTORE", at(40, 10), "Restored version 1"),
      oldRevision(saved.id, editor.id, "IMPORT", at(30, 9), "Imported from text"),
      oldRevision(saved.id, editor.id, "SAVE", at(30, 10), "Minor fix"),
    ]);
    // Recent plain saves (inside the full-history window) all stay.
    const recent = await Promise.all([5, 3, 1].map((d) => oldRevision(saved.id, editor.id, "SAVE", at(d, 10))));

    await db.editLock.deleteMany({ where: { articleId: saved.id } });
    await saveArticle(editor, { ...articleInput({ headline: "Saved again" }), id: saved.id, version: saved.version });

    const left = new Set((await db.revision.findMany({ where: { articleId: saved.id }, select: { id: true } })).map((r) => r.id));
    for (const r of named) expect(left.has(r.id), "named revision kept").toBe(true);
    for (const r of recent) expect(left.has(r.id), "recent revision kept").toBe(true);
    expect(left.has(firstSave.id)).toBe(true);
    // Only the newest plain save of each old day is left.
    expect(dayA.map((r) => left.has(r.id))).toEqual([false, false, false, false, true]);
    expect(dayB.map((r) => left.has(r.id))).toEqual([false, false, false, false, true]);
  });

  it("deletes a bounded number per write, so a long backlog is thinned over the next saves", async () => {
    const editor = await makeUser("EDITOR");
    let article = await saveArticle(editor, articleInput({ headline: "Backlog" }));
    await Promise.all(Array.from({ length: 45 }, (_, i) => oldRevision(article.id, editor.id, "SAVE", new Date(at(60, 0).getTime() + i * 60_000))));
    const count = () => db.revision.count({ where: { articleId: article.id, createdAt: { lt: new Date(Date.now() - 20 * DAY) } } });
    expect(await count()).toBe(45);
    const { REVISION_RETENTION } = await import("@/lib/articles/prune-revisions");
    for (const expected of [45 - REVISION_RETENTION.maxDeletesPerWrite, 45 - 2 * REVISION_RETENTION.maxDeletesPerWrite, 1, 1]) {
      await db.editLock.deleteMany({ where: { articleId: article.id } });
      article = await saveArticle(editor, { ...articleInput({ headline: `Backlog ${expected}` }), id: article.id, version: article.version });
      expect(await count()).toBe(expected);
    }
  });
});
