import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { searchPublishedArticles } from "@/lib/search/search-published-articles";
import { searchArticles } from "@/lib/search/search-articles";
import { db, disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput } from "../support/articles";
import { SEARCH_LIMITS, type SearchLimits } from "@/lib/search/full-text";
import type { ArticleInput } from "@/lib/articles/schema";

afterAll(() => disconnectDb());

// A made-up word per test, so each test finds only its own articles.
function word(): string {
  return `zq${uniqueSuffix().replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return articleInput({ headline: `Talks ${uniqueSuffix()}`, standfirst: "", body: makeDocument("Nothing to see."), tags: [], intent: "save", ...overrides });
}

// Published articles mentioning `w`, one a minute apart going back from `newest`: the
// first is the newest. Returns their slugs in that order.
async function publishSeries(editor: Awaited<ReturnType<typeof makeUser>>, w: string, count: number, newest = Date.now() - 60_000): Promise<string[]> {
  const slugs: string[] = [];
  for (let i = 0; i < count; i++) {
    const saved = await saveArticle(editor, input({ body: makeDocument(`Item ${i}: the council met about ${w} again.`), intent: "publish" }));
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: new Date(newest - i * 60_000) } });
    slugs.push(saved.slug);
  }
  return slugs;
}

// Small limits so a handful of articles show what thousands would. `scanned` covers the
// whole test database, whose newest articles belong to other tests.
const SMALL: SearchLimits = { ranked: 3, counted: 5, scanned: 10_000 };

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

  it("counts every match but ranks and pages only the most recent, best first", async () => {
    const editor = await makeUser("EDITOR");
    const w = word();
    const series = await publishSeries(editor, w, 3);
    // An older article with the word in its headline: a better match, but not among the
    // newest three, so only the count includes it.
    const older = await saveArticle(editor, input({ headline: `All about ${w}`, intent: "publish" }));
    await db.article.update({ where: { id: older.id }, data: { publishedAt: new Date(Date.now() - 3_600_000) } });
    const results = await searchPublishedArticles(w, 1, SMALL);
    expect(results).toMatchObject({ total: 4, totalIsMinimum: false, ranked: 3, hasNext: false });
    // Same relevance: newest first.
    expect(results.hits.map((h) => h.slug)).toEqual(series);
    // Among the newest, a headline match comes first.
    const newest = await saveArticle(editor, input({ headline: `Why ${w} matters`, intent: "publish" }));
    const again = await searchPublishedArticles(w, 1, SMALL);
    expect(again.hits.map((h) => h.slug)).toEqual([newest.slug, series[0], series[1]]);
    expect(again.total).toBe(5);
  });

  it("past the counting limit says 'or more' and still lists the newest matches readers may see", async () => {
    const editor = await makeUser("EDITOR");
    const w = word();
    const series = await publishSeries(editor, w, 6);
    // Newer than all of them, and never shown: a draft and a scheduled article.
    await saveArticle(editor, input({ headline: `Draft ${w}` }));
    const scheduled = await saveArticle(editor, input({ headline: `Scheduled ${w}`, intent: "publish" }));
    await db.article.update({ where: { id: scheduled.id }, data: { publishedAt: new Date(Date.now() + 3_600_000) } });
    const results = await searchPublishedArticles(w, 1, SMALL);
    expect(results).toMatchObject({ total: 5, totalIsMinimum: true, ranked: 3, hasNext: false });
    expect(results.hits.map((h) => h.slug)).toEqual(series.slice(0, 3));
    // Pages stop at the ranked matches.
    const paged = await searchPublishedArticles(w, 2, { ...SMALL, ranked: 10, counted: 6 });
    expect(paged.totalIsMinimum).toBe(true);
    expect(paged.hits.map((h) => h.slug)).toEqual([]);
    expect((await searchPublishedArticles(w, 1, { ...SMALL, ranked: 10, counted: 6 })).hits.map((h) => h.slug)).toEqual(series);
  });

  it("finds a rare word in an article from years ago, headline match first, with the default limits", async () => {
    const editor = await makeUser("EDITOR");
    const w = word();
    const old = await saveArticle(editor, input({ headline: `The ${w} affair`, intent: "publish" }));
    await db.article.update({ where: { id: old.id }, data: { publishedAt: new Date("2004-05-01T09:00:00Z") } });
    const [recent] = await publishSeries(editor, w, 1);
    const results = await searchPublishedArticles(w);
    expect(results.hits.map((h) => h.slug)).toEqual([old.slug, recent]);
    expect(results).toMatchObject({ total: 2, totalIsMinimum: false, ranked: 2 });
  });

  it("finds a quoted phrase only where its words are side by side, in old articles too", async () => {
    const editor = await makeUser("EDITOR");
    const [w1, w2] = [word(), word()];
    const together = await saveArticle(editor, input({ body: makeDocument(`Talks on the ${w1} ${w2} resumed.`), intent: "publish" }));
    await db.article.update({ where: { id: together.id }, data: { publishedAt: new Date("2003-02-01T09:00:00Z") } });
    const apart = await saveArticle(editor, input({ body: makeDocument(`The ${w2} came before the ${w1}.`), intent: "publish" }));
    const results = await searchPublishedArticles(`"${w1} ${w2}"`);
    expect(results.hits.map((h) => h.slug)).toEqual([together.slug]);
    expect(results).toMatchObject({ total: 1, totalIsMinimum: false, searchedNewest: null });
    expect((await searchPublishedArticles(`${w1} ${w2}`)).total).toBe(2);
    // Excluding the phrase keeps the article where the words are apart.
    expect((await searchPublishedArticles(`${w1} -"${w1} ${w2}"`)).hits.map((h) => h.slug)).toEqual([apart.slug]);
  });

  it("answers an empty or stop-word-only query with no results instead of an error", async () => {
    expect((await searchPublishedArticles("")).total).toBe(0);
    expect((await searchPublishedArticles("the and of")).total).toBe(0);
    expect((await searchPublishedArticles('"unbalanced -quote')).hits).toBeDefined();
    // Only exclusions: nothing to look up in the index, so the newest articles are read.
    expect((await searchPublishedArticles(`-${word()}`)).searchedNewest).toBe(SEARCH_LIMITS.scanned);
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

  it("counts and ranks with the filters applied, drafts included, past the limits too", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const w = word();
    const drafts = [];
    for (let i = 0; i < 6; i++) drafts.push(await saveArticle(reporter, input({ body: makeDocument(`Draft ${i} on ${w}.`) })));
    const live = await saveArticle(editor, input({ headline: `Live ${w}`, intent: "publish" }));
    const trashed = await saveArticle(reporter, input({ headline: `Trashed ${w}` }));
    await db.article.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });

    const newestDrafts = drafts.slice(-3).reverse().map((d) => d.id);
    const byReporter = await searchArticles(editor, { q: w, bylineUserId: reporter.id }, SMALL);
    expect(byReporter).toMatchObject({ total: 5, totalIsMinimum: true, ranked: 3 });
    // Most recently changed first among equals.
    expect(byReporter.hits.map((h) => h.id)).toEqual(newestDrafts);
    const all = await searchArticles(editor, { q: w }, { ...SMALL, counted: 10 });
    expect(all).toMatchObject({ total: 7, totalIsMinimum: false, ranked: 3 });
    // The headline match ranks first; the trash is never listed.
    expect(all.hits.map((h) => h.id)).toEqual([live.id, ...newestDrafts.slice(0, 2)]);
    expect((await searchArticles(editor, { q: w, status: "PUBLISHED" }, SMALL)).hits.map((h) => h.id)).toEqual([live.id]);
  });

  it("looks for a phrase of common words in the newest articles only, and says so", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const [w1, w2] = [word(), word()];
    // Oldest to newest by last change: a phrase match, five with both words apart, a phrase match.
    const oldest = await saveArticle(reporter, input({ body: makeDocument(`A ${w1} ${w2} story.`) }));
    for (let i = 0; i < 5; i++) await saveArticle(reporter, input({ body: makeDocument(`The ${w1} and then the ${w2}, part ${i}.`) }));
    const newest = await saveArticle(reporter, input({ body: makeDocument(`Another ${w1} ${w2} story.`) }));
    const filters = { q: `"${w1} ${w2}"`, bylineUserId: reporter.id };

    // Seven articles have both words, more than the four whose vectors may be read: the
    // newest four are searched.
    const limited = await searchArticles(editor, filters, { ranked: 3, counted: 20, scanned: 4 });
    expect(limited.hits.map((h) => h.id)).toEqual([newest.id]);
    expect(limited).toMatchObject({ total: 1, totalIsMinimum: false, searchedNewest: 4 });
    // Under the limit every article with both words is read.
    const all = await searchArticles(editor, filters);
    expect(all.hits.map((h) => h.id)).toEqual([newest.id, oldest.id]);
    expect(all).toMatchObject({ total: 2, totalIsMinimum: false, searchedNewest: null });
  });

  it("refuses bad filters with a message a person can act on", async () => {
    const editor = await makeUser("EDITOR");
    await expect(searchArticles(editor, { status: "LOST" as "DRAFT" })).rejects.toThrow(AppError);
    await expect(searchArticles(editor, { bylineUserId: "nobody" })).rejects.toThrow("Choose a byline from the list.");
  });
});
