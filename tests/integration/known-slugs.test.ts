import { afterAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { forgetArticleSlugs, isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

// The article route answers 404 for slugs no public article or redirect to one has; a public
// slug must never be called unknown, however new its article, and a draft's, scheduled
// or trashed article's slug must be answered as unknown (issue #11, item 5).
const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

describe("known article slugs", () => {
  it("knows public articles' slugs and their redirects; a draft's slug and its old slug are unknown", async () => {
    const editor = await makeUser("EDITOR");
    const published = await saveArticle(editor, articleInput({ intent: "publish" }));
    await db.slugRedirect.create({ data: { slug: `old-${published.slug}`, articleId: published.id } });
    expect(await isPossibleArticleSlug(published.slug)).toBe(true);
    expect(await isPossibleArticleSlug(`old-${published.slug}`)).toBe(true);
    const draft = await saveArticle(editor, articleInput());
    await db.slugRedirect.create({ data: { slug: `old-${draft.slug}`, articleId: draft.id } });
    expect(await isPossibleArticleSlug(draft.slug)).toBe(false);
    expect(await isPossibleArticleSlug(`old-${draft.slug}`)).toBe(false);
    expect(await isPossibleArticleSlug(`no-such-story-${uniqueSuffix()}`)).toBe(false);
  });

  it("sees an article published after the set was loaded at once; scheduled and trashed ones stay unknown", async () => {
    // Loads the set.
    expect(await isPossibleArticleSlug(`warm-up-${uniqueSuffix()}`)).toBe(false);
    const slug = `brand-new-${uniqueSuffix()}`;
    expect(await isPossibleArticleSlug(slug)).toBe(false);
    // Written straight to the table, as another instance (or an import) would: no announcement.
    const row = await db.article.create({ data: { slug, headline: "Brand new", body: { type: "doc", content: [] }, status: "SCHEDULED", publishedAt: new Date(Date.now() + 60_000) } });
    expect(await isPossibleArticleSlug(slug)).toBe(false);
    // Its time comes (moved here rather than waited for): public at once.
    await db.article.update({ where: { id: row.id }, data: { publishedAt: new Date(Date.now() - 1_000) } });
    expect(await isPossibleArticleSlug(slug)).toBe(true);
    // Trashed: the set still remembers it until the article's pages are expired.
    await db.article.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
    forgetArticleSlugs([slug]);
    expect(await isPossibleArticleSlug(slug)).toBe(false);
  });

  it("answers many misses at once, each from a query started after it was asked", async () => {
    const editor = await makeUser("EDITOR");
    const real = await saveArticle(editor, articleInput({ intent: "publish" }));
    const unknown = Array.from({ length: 300 }, (_, i) => `flood-${i}-${uniqueSuffix()}`);
    const answers = await Promise.all([...unknown, real.slug, ...unknown].map((slug) => isPossibleArticleSlug(slug)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(answers[unknown.length]).toBe(true);
  });

  it("says a slug may exist when the database cannot be asked (the page then decides)", async () => {
    const held = globalThis as Record<string, unknown>;
    const saved = { url: process.env.DATABASE_URL, state: held.datelineKnownSlugs, connections: held.datelineConnections };
    try {
      // A fresh process (its slug set and its connections: lib/db/connections.ts) against a
      // server that is not there: nothing listens on port 1.
      delete held.datelineKnownSlugs;
      delete held.datelineConnections;
      process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
      vi.resetModules();
      const { isPossibleArticleSlug: checkWithoutDatabase } = await import("@/lib/articles/known-slugs");
      expect(await checkWithoutDatabase(`no-such-story-${uniqueSuffix()}`)).toBe(true);
      const { closeConnections } = await import("@/lib/db/connections");
      await closeConnections();
    } finally {
      process.env.DATABASE_URL = saved.url;
      held.datelineKnownSlugs = saved.state;
      held.datelineConnections = saved.connections;
      vi.resetModules();
    }
  });
});
