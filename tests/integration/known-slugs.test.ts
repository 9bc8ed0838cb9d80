import { afterAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { saveArticle } from "@/lib/articles/save-article";
import { isPossibleArticleSlug } from "@/lib/articles/known-slugs";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

// The proxy answers 404 for slugs no article or redirect has; a slug that may exist
// must never be called impossible, however new its article.
const fileStart = new Date();
afterAll(async () => {
  await withdrawPublishedSince(fileStart);
  await disconnectDb();
});

describe("known article slugs", () => {
  it("knows every article's slug whatever its status, and every redirected slug", async () => {
    const editor = await makeUser("EDITOR");
    const draft = await saveArticle(editor, articleInput());
    await db.slugRedirect.create({ data: { slug: `old-${draft.slug}`, articleId: draft.id } });
    expect(await isPossibleArticleSlug(draft.slug)).toBe(true);
    expect(await isPossibleArticleSlug(`old-${draft.slug}`)).toBe(true);
    expect(await isPossibleArticleSlug(`no-such-story-${uniqueSuffix()}`)).toBe(false);
  });

  it("sees an article created after the set was loaded at once, and one in the trash", async () => {
    // Loads the set.
    expect(await isPossibleArticleSlug(`warm-up-${uniqueSuffix()}`)).toBe(false);
    const slug = `brand-new-${uniqueSuffix()}`;
    expect(await isPossibleArticleSlug(slug)).toBe(false);
    // Written straight to the table, as another instance (or an import) would: no announcement.
    await db.article.create({ data: { slug, headline: "Brand new", body: { type: "doc", content: [] }, status: "SCHEDULED", publishedAt: new Date(Date.now() + 60_000), deletedAt: new Date() } });
    expect(await isPossibleArticleSlug(slug)).toBe(true);
  });

  it("answers many misses at once, each from a query started after it was asked", async () => {
    const editor = await makeUser("EDITOR");
    const real = await saveArticle(editor, articleInput());
    const unknown = Array.from({ length: 300 }, (_, i) => `flood-${i}-${uniqueSuffix()}`);
    const answers = await Promise.all([...unknown, real.slug, ...unknown].map((slug) => isPossibleArticleSlug(slug)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(answers[unknown.length]).toBe(true);
  });

  it("says a slug may exist when the database cannot be asked (the page then decides)", async () => {
    const saved = { url: process.env.DATABASE_URL, state: (globalThis as Record<string, unknown>).datelineKnownSlugs };
    try {
      // A fresh module against a server that is not there: nothing listens on port 1.
      delete (globalThis as Record<string, unknown>).datelineKnownSlugs;
      process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
      vi.resetModules();
      const { isPossibleArticleSlug: checkWithoutDatabase } = await import("@/lib/articles/known-slugs");
      expect(await checkWithoutDatabase(`no-such-story-${uniqueSuffix()}`)).toBe(true);
    } finally {
      process.env.DATABASE_URL = saved.url;
      (globalThis as Record<string, unknown>).datelineKnownSlugs = saved.state;
      vi.resetModules();
    }
  });
});
