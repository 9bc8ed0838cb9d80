import { afterAll, describe, expect, it } from "vitest";
import { saveArticle } from "@/lib/articles/save-article";
import { listRelatedArticles } from "@/lib/articles/list-related-articles";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { getAuthorBySlug } from "@/lib/authors/get-author";
import { listAffectedPages } from "@/lib/cache/list-affected-paths";
import { cacheLifetimeSeconds, PUBLIC_MAX_AGE_SECONDS, readPublicationClock } from "@/lib/cache/publication-clock";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";
import { db, disconnectDb } from "@/lib/db";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput } from "../support/articles";
import type { ArticleInput } from "@/lib/articles/schema";

afterAll(() => disconnectDb());

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return articleInput({ headline: `Story ${uniqueSuffix()}`, standfirst: "", body: makeDocument("Words."), tags: [], intent: "publish", ...overrides });
}

describe("cache freshness", () => {
  it("lists the old and the new slug, tag and author pages after a slug change and re-tag", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const first = await saveArticle(editor, input({ slug: `first-${s}`, tags: [`Old ${s}`] }));
    await saveArticle(editor, input({ id: first.id, version: first.version, slug: `second-${s}`, tags: [`New ${s}`], intent: "save" }));
    const { paths, routes } = await listAffectedPages(first.id);
    const author = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { slug: true } });
    expect(paths).toEqual(
      expect.arrayContaining([
        "/",
        "/feed.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
        `/articles/first-${s}`,
        `/articles/second-${s}`,
        `/tags/old-${s}`,
        `/tags/new-${s}`,
        `/tags/old-${s}/feed.xml`,
        `/tags/new-${s}/feed.xml`,
        `/authors/${author.slug}`,
        `/authors/${author.slug}/feed.xml`,
      ]),
    );
    expect(routes).toEqual(expect.arrayContaining(["/(site)/[[...page]]", "/(site)/tags/[slug]/page/[n]", "/(site)/authors/[slug]/page/[n]"]));
  });

  it("sets the publication clock by articles that will go live by themselves: not a draft's time, not a trashed article's", async () => {
    const editor = await makeUser("EDITOR");
    const now = new Date();
    const [scheduled, draft, trashed] = await Promise.all([saveArticle(editor, input()), saveArticle(editor, input({ intent: "save" })), saveArticle(editor, input())]);
    const at = (ms: number) => new Date(now.getTime() + ms);
    // Sooner than anything another test may have left scheduled, and in this order.
    await db.article.update({ where: { id: draft.id }, data: { status: "DRAFT", publishedAt: at(100) } });
    await db.article.update({ where: { id: trashed.id }, data: { status: "SCHEDULED", publishedAt: at(200), deletedAt: now } });
    await db.article.update({ where: { id: scheduled.id }, data: { status: "SCHEDULED", publishedAt: at(300) } });
    expect((await readPublicationClock(now)).nextDueAt).toEqual(at(300));
    await db.article.update({ where: { id: scheduled.id }, data: { status: "PUBLISHED" } });
    expect((await readPublicationClock(now)).nextDueAt).toEqual(at(300));
    await db.article.update({ where: { id: scheduled.id }, data: { publishedAt: at(-1_000) } });
    await db.article.updateMany({ where: { id: { in: [draft.id, trashed.id] } }, data: { publishedAt: null } });
  });

  it("caps cache lifetimes at the next scheduled publication", async () => {
    const editor = await makeUser("EDITOR");
    const saved = await saveArticle(editor, input());
    const now = new Date();
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: new Date(now.getTime() + 42_000) } });
    const clock = await readPublicationClock(now);
    expect(clock.nextDueAt!.getTime()).toBeLessThanOrEqual(now.getTime() + 42_000);
    expect(cacheLifetimeSeconds(clock, now)).toBeLessThanOrEqual(42);
    expect(cacheLifetimeSeconds({ nextDueAt: null }, now)).toBe(PUBLIC_MAX_AGE_SECONDS);
    expect(cacheLifetimeSeconds({ nextDueAt: new Date(now.getTime() - 5) }, now)).toBe(1);
    // A page's own earlier end (the news sitemap's slot) lowers it further, never the other way.
    expect(cacheLifetimeSeconds({ nextDueAt: null }, now, new Date(now.getTime() + 90_000))).toBe(90);
    expect(cacheLifetimeSeconds({ nextDueAt: new Date(now.getTime() + 30_000) }, now, new Date(now.getTime() + 90_000))).toBe(30);
    expect(cacheLifetimeSeconds({ nextDueAt: null }, now, new Date(now.getTime() + 3_600_000))).toBe(PUBLIC_MAX_AGE_SECONDS);
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: now } });
  });
});

describe("public lists", () => {
  it("relates by shared tags, most recent first, with an editor's pins first and never unpublished ones", async () => {
    const editor = await makeUser("EDITOR");
    const tag = `Related ${uniqueSuffix()}`;
    const base = await saveArticle(editor, input({ tags: [tag] }));
    const older = await saveArticle(editor, input({ tags: [tag] }));
    const newer = await saveArticle(editor, input({ tags: [tag] }));
    const pinned = await saveArticle(editor, input());
    const draftPin = await saveArticle(editor, input({ intent: "save" }));
    await db.article.update({ where: { id: older.id }, data: { publishedAt: new Date(Date.now() - 60_000) } });
    await db.relatedPick.createMany({ data: [{ articleId: base.id, pickedId: draftPin.id, position: 0 }, { articleId: base.id, pickedId: pinned.id, position: 1 }] });
    const related = await listRelatedArticles(base.id);
    expect(related.map((r) => r.slug)).toEqual([pinned.slug, newer.slug, older.slug]);
  });

  it("shows an author only once they have public work, and lists it by author", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const { slug } = await db.user.findUniqueOrThrow({ where: { id: reporter.id }, select: { slug: true } });
    const draft = await saveArticle(reporter, input({ intent: "save" }));
    expect(await getAuthorBySlug(slug)).toBeNull();
    await saveArticle(editor, input({ id: draft.id, version: draft.version, slug: draft.slug }));
    const author = await getAuthorBySlug(slug);
    expect(author?.name).toBe(reporter.name);
    const list = await listPublishedArticles({ authorId: reporter.id });
    expect(list.articles.map((a) => a.slug)).toEqual([draft.slug]);
  });

  it("leaves scheduled articles out of the sitemap until their time", async () => {
    const editor = await makeUser("EDITOR");
    const saved = await saveArticle(editor, input());
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: new Date(Date.now() + 3_600_000) } });
    expect((await listSitemapEntries()).map((e) => e.path)).not.toContain(`/articles/${saved.slug}`);
    await db.article.update({ where: { id: saved.id }, data: { publishedAt: new Date() } });
    expect((await listSitemapEntries()).map((e) => e.path)).toContain(`/articles/${saved.slug}`);
  });
});

describe("editor pins for related articles", () => {
  it("saves picks in order, shows them first, and refuses self, duplicates, strangers and reporters on others' work", async () => {
    const { setRelatedPicks } = await import("@/lib/articles/set-related-picks");
    const { listRelatedPickOptions } = await import("@/lib/articles/list-related-pick-options");
    const { AppError } = await import("@/lib/errors");
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const base = await saveArticle(editor, input());
    const a = await saveArticle(editor, input());
    const b = await saveArticle(editor, input());
    expect(await setRelatedPicks(editor, base.id, [b.id, a.id])).toEqual([b.id, a.id]);
    expect((await listRelatedArticles(base.id)).slice(0, 2).map((r) => r.slug)).toEqual([b.slug, a.slug]);
    const { picked, options } = await listRelatedPickOptions(base.id);
    expect(picked).toEqual([b.id, a.id]);
    expect(options.map((o) => o.id)).not.toContain(base.id);

    await expect(setRelatedPicks(editor, base.id, [base.id])).rejects.toThrow("An article cannot be related to itself.");
    await expect(setRelatedPicks(editor, base.id, [a.id, a.id])).rejects.toThrow("Each related article can be pinned once.");
    await expect(setRelatedPicks(editor, base.id, ["00000000-0000-4000-8000-000000000000"])).rejects.toThrow(AppError);
    await expect(setRelatedPicks(reporter, base.id, [])).rejects.toThrow("Your role does not allow");
    expect(await setRelatedPicks(editor, base.id, [])).toEqual([]);
    const audit = await db.auditEvent.findMany({ where: { targetId: base.id, action: "article.related_picks" } });
    expect(audit).toHaveLength(2);
  });
});
