import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { searchPublishedArticles } from "@/lib/search/search-published-articles";
import { searchArticles } from "@/lib/search/search-articles";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeDocument, makeUser, uniqueSuffix, ARTICLE_INPUT_DEFAULTS } from "../support/factories";
import type { ArticleInput } from "@/lib/articles/schema";

afterAll(() => disconnectDb());

// A made-up word per test, so each test finds only its own articles.
function word(): string {
  return `zq${uniqueSuffix().replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return { ...ARTICLE_INPUT_DEFAULTS, headline: `Talks ${uniqueSuffix()}`, standfirst: "", slug: "", body: makeDocument("Nothing to see."), tags: [], intent: "save", ...overrides };
}

describe("public search", () => {
  it("ranks a headline match above a body match and marks the matched words in the snippet", async () => {
    const editor = await makeUser("EDITOR");
    const w = word();
    const inBody = await saveArticle(editor, input({ body: makeDocument(`The minister spoke about ${w} at length in Doha.`), intent: "publish" }));
    const inHeadline = await saveArticle(editor, input({ headline: `Why ${w} matters`, intent: "publish" }));
    const results = await searchPublishedArticles(w);
    expect(results.hits.map((h) => h.slug)).toEqual([inHeadline.slug, inBody.slug]);
    const snippet = results.hits[1]!.snippet;
    expect(snippet.filter((p) => p.match).map((p) => p.text)).toEqual([w]);
    expect(snippet.map((p) => p.text).join("")).toContain("minister spoke about");
  });

  it("finds only what readers may see: never a draft, an unpublished or a scheduled article", async () => {
    const editor = await makeUser("EDITOR");
    const w = word();
    const published = await saveArticle(editor, input({ headline: `Published ${w}`, intent: "publish" }));
    await saveArticle(editor, input({ headline: `Draft ${w}` }));
    const scheduled = await saveArticle(editor, input({ headline: `Scheduled ${w}`, intent: "publish" }));
    await db.article.update({ where: { id: scheduled.id }, data: { publishedAt: new Date(Date.now() + 3_600_000) } });
    const results = await searchPublishedArticles(w);
    expect(results.hits.map((h) => h.slug)).toEqual([published.slug]);
    expect(results.total).toBe(1);
  });

  it("stays current on save: a new tag, a new headline and new body words are found at once", async () => {
    const editor = await makeUser("EDITOR");
    const [w1, w2, w3] = [word(), word(), word()];
    const saved = await saveArticle(editor, input({ intent: "publish" }));
    expect((await searchPublishedArticles(w1)).total).toBe(0);
    const again = await saveArticle(editor, input({ id: saved.id, version: saved.version, slug: saved.slug, headline: `Now ${w1}`, tags: [`Tag ${w2}`], body: makeDocument(`Body ${w3}`) }));
    expect(again.version).toBeGreaterThan(saved.version);
    for (const w of [w1, w2, w3]) expect((await searchPublishedArticles(w)).hits.map((h) => h.slug)).toEqual([saved.slug]);
  });

  it("answers an empty or stop-word-only query with no results instead of an error", async () => {
    expect((await searchPublishedArticles("")).total).toBe(0);
    expect((await searchPublishedArticles("the and of")).total).toBe(0);
    expect((await searchPublishedArticles('"unbalanced -quote')).hits).toBeDefined();
  });
});

describe("the newsroom's article search", () => {
  it("includes drafts for staff and filters by status, byline and tag", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const w = word();
    const tag = `Desk ${w}`;
    const draft = await saveArticle(reporter, input({ headline: `Draft ${w}`, tags: [tag] }));
    const live = await saveArticle(editor, input({ headline: `Live ${w}`, intent: "publish" }));

    const all = await searchArticles(editor, { q: w });
    expect(all.hits.map((h) => h.id).sort()).toEqual([draft.id, live.id].sort());
    expect((await searchArticles(editor, { q: w, status: "DRAFT" })).hits.map((h) => h.id)).toEqual([draft.id]);
    expect((await searchArticles(editor, { q: w, bylineUserId: editor.id })).hits.map((h) => h.id)).toEqual([live.id]);
    const tagged = await searchArticles(reporter, { q: w, tagSlug: `desk-${w}` });
    expect(tagged.hits.map((h) => h.id)).toEqual([draft.id]);
    expect(tagged.hits[0]!.bylines.map((b) => b.name)).toEqual([reporter.name]);
    // Without words: filters only, most recently changed first.
    expect((await searchArticles(editor, { bylineUserId: reporter.id })).hits.map((h) => h.id)).toEqual([draft.id]);
  });

  it("refuses bad filters with a message a person can act on", async () => {
    const editor = await makeUser("EDITOR");
    await expect(searchArticles(editor, { status: "LOST" as "DRAFT" })).rejects.toThrow(AppError);
    await expect(searchArticles(editor, { bylineUserId: "nobody" })).rejects.toThrow("Choose a byline from the list.");
  });
});
