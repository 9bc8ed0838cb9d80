import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getTagBySlug } from "@/lib/tags/get-tag";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput as input } from "../support/articles";

afterAll(() => disconnectDb());

describe("articles through the data layer", () => {
  it("keeps a draft away from readers and shows it once published", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, input());
    expect(draft.status).toBe("DRAFT");
    expect(await getPublishedArticle(draft.slug)).toBeNull();
    const home = await listPublishedArticles();
    expect(home.articles.map((a) => a.slug)).not.toContain(draft.slug);

    const published = await saveArticle(editor, { ...input(), id: draft.id, version: draft.version, intent: "publish" });
    expect(published.status).toBe("PUBLISHED");
    const article = await getPublishedArticle(draft.slug);
    expect(article?.headline).toMatch(/^Ceasefire talks resume/);
    expect(article?.bylines.map((b) => b.name)).toEqual([editor.name]);
    const tag = await getTagBySlug(article!.tags[0]!.slug);
    const tagged = await listPublishedArticles({ tagId: tag!.id });
    expect(tagged.articles.map((a) => a.slug)).toEqual([draft.slug]);
  });

  it("hides an unpublished article again", async () => {
    const editor = await makeUser("EDITOR");
    const published = await saveArticle(editor, input({ intent: "publish" }));
    expect(await getPublishedArticle(published.slug)).not.toBeNull();
    await saveArticle(editor, { ...input(), id: published.id, version: published.version, intent: "unpublish" });
    expect(await getPublishedArticle(published.slug)).toBeNull();
  });

  it("refuses a reporter's publish and changes nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const draft = await saveArticle(reporter, input());
    const attempt = saveArticle(reporter, { ...input({ headline: "Changed by a publish attempt" }), id: draft.id, version: draft.version, intent: "publish" });
    await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stored = await db.article.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.status).toBe("DRAFT");
    expect(stored.headline).not.toBe("Changed by a publish attempt");
    expect(stored.version).toBe(draft.version);
  });

  it("refuses a save based on an old version and keeps the newer text", async () => {
    const editor = await makeUser("EDITOR", { name: "Amira Haddad" });
    const first = await saveArticle(editor, input());
    await saveArticle(editor, { ...input({ headline: "Second version" }), id: first.id, version: first.version });
    const stale = saveArticle(editor, { ...input({ headline: "Stale version" }), id: first.id, version: first.version });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Amira Haddad") });
    const stored = await db.article.findUniqueOrThrow({ where: { id: first.id } });
    expect(stored.headline).toBe("Second version");
  });

  it("writes one revision per save and per status change", async () => {
    const editor = await makeUser("EDITOR");
    const saved = await saveArticle(editor, input({ intent: "publish" }));
    const revisions = await db.revision.findMany({ where: { articleId: saved.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.kind, r.status])).toEqual([
      ["SAVE", "DRAFT"],
      ["STATUS", "PUBLISHED"],
    ]);
    expect(revisions.every((r) => r.authorId === editor.id)).toBe(true);
  });

  it("gives a second article with the same headline its own slug, and refuses a taken slug typed by hand", async () => {
    const editor = await makeUser("EDITOR");
    const headline = `Same headline ${uniqueSuffix()}`;
    const a = await saveArticle(editor, input({ headline }));
    const b = await saveArticle(editor, input({ headline }));
    expect(b.slug).toBe(`${a.slug}-2`);
    await expect(saveArticle(editor, input({ slug: a.slug }), { slugEdited: true })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { slug: [expect.stringContaining("already uses this slug")] },
    });
  });
});
