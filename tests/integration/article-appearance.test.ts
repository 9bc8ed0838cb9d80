import { afterAll, describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { getPublishedArticle } from "@/lib/articles/get-published-article";
import { describeArticlePage } from "@/lib/seo/article-page-meta";
import { SiteDocument } from "@/components/site/site-document";
import { saveArticle } from "@/lib/articles/save-article";
import { getRevision, listRevisions, restoreRevision } from "@/lib/articles/revisions";
import { articleInputSchema } from "@/lib/articles/schema";
import { db, disconnectDb } from "@/lib/db";
import { settings } from "@/lib/settings";
import { makeDocument, makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

const started = new Date();
afterAll(async () => {
  await withdrawPublishedSince(started);
  await disconnectDb();
});

type Head = { title: string; description: string | null; og: (p: string) => string | null; twitter: (n: string) => string | null; jsonLd: Record<string, unknown> };

// The article page's <head> as readers and crawlers get it: the public article, the
// metadata the route builds (describeArticlePage) and the document shell that prints it.
// (The route handler itself needs Next's cache around it; the e2e test reads the real page.)
async function readHead(slug: string): Promise<Head> {
  const article = await getPublishedArticle(slug);
  expect(article).not.toBeNull();
  const html = SiteDocument({ meta: describeArticlePage(article!, []) }).html;
  const doc = new new Window().DOMParser().parseFromString(html, "text/html");
  const content = (selector: string) => doc.querySelector(selector)?.getAttribute("content") ?? null;
  return {
    title: doc.querySelector("title")?.textContent ?? "",
    description: content('meta[name="description"]'),
    og: (property) => content(`meta[property="${property}"]`),
    twitter: (name) => content(`meta[name="${name}"]`),
    jsonLd: JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as Record<string, unknown>,
  };
}

describe("an article's search and social appearance", () => {
  it("uses the search title, social title and social description when set, the headline and standfirst when not", async () => {
    const editor = await makeUser("EDITOR");
    const s = uniqueSuffix();
    const headline = `Doha talks end without a ceasefire ${s}`;
    const saved = await saveArticle(editor, articleInput({ headline, standfirst: "No truce for Eid.", body: makeDocument("The talks ended."), intent: "publish" }));
    const site = settings().SITE_NAME;

    const plain = await readHead(saved.slug);
    expect(plain.title).toBe(`${headline} · ${site}`);
    expect(plain.description).toBe("No truce for Eid.");
    expect([plain.og("og:title"), plain.twitter("twitter:title")]).toEqual([headline, headline]);
    expect([plain.og("og:description"), plain.twitter("twitter:description")]).toEqual(["No truce for Eid.", "No truce for Eid."]);

    const overrides = { seoTitle: `Doha talks: no ceasefire ${s}`, socialTitle: `Talks in Doha end with no truce ${s}`, socialDescription: "What the Taliban leader said, and what comes next." };
    const updated = await saveArticle(editor, articleInput({ id: saved.id, version: saved.version, headline, slug: saved.slug, standfirst: "No truce for Eid.", body: makeDocument("The talks ended."), ...overrides }));
    const custom = await readHead(saved.slug);
    expect(custom.title).toBe(`${overrides.seoTitle} · ${site}`);
    expect(custom.description).toBe("No truce for Eid.");
    expect([custom.og("og:title"), custom.twitter("twitter:title")]).toEqual([overrides.socialTitle, overrides.socialTitle]);
    expect([custom.og("og:description"), custom.twitter("twitter:description")]).toEqual([overrides.socialDescription, overrides.socialDescription]);
    // Structured data keeps the real headline.
    expect(custom.jsonLd.headline).toBe(headline);

    // Emptied fields (as the form sends them) fall back to the defaults again.
    const cleared = articleInputSchema.parse({ ...articleInput({ headline, slug: saved.slug }), body: JSON.stringify(makeDocument("The talks ended.")), standfirst: "", seoTitle: "  ", socialTitle: "", socialDescription: "" });
    await saveArticle(editor, { ...cleared, id: saved.id, version: updated.version });
    const back = await readHead(saved.slug);
    expect(back.title).toBe(`${headline} · ${site}`);
    // No standfirst now: the body's opening is the description, everywhere.
    expect([back.description, back.og("og:description"), back.twitter("twitter:description")]).toEqual(["The talks ended.", "The talks ended.", "The talks ended."]);
    expect(back.og("og:title")).toBe(headline);
  });

  it("keeps the overrides in each revision, and restoring a version restores them", async () => {
    const editor = await makeUser("EDITOR");
    const first = await saveArticle(editor, articleInput({ seoTitle: "First search title", socialTitle: "First social title", socialDescription: "First social text." }));
    const second = await saveArticle(editor, articleInput({ id: first.id, version: first.version, slug: first.slug, seoTitle: "Second search title", socialTitle: null, socialDescription: null }));
    expect(await db.article.findUniqueOrThrow({ where: { id: first.id }, select: { seoTitle: true, socialTitle: true, socialDescription: true } })).toEqual({
      seoTitle: "Second search title",
      socialTitle: null,
      socialDescription: null,
    });
    const oldest = (await listRevisions(first.id)).at(-1)!;
    expect(await getRevision(first.id, oldest.id)).toMatchObject({ seoTitle: "First search title", socialTitle: "First social title", socialDescription: "First social text." });
    await restoreRevision(editor, { articleId: first.id, revisionId: oldest.id, version: second.version });
    expect(await db.article.findUniqueOrThrow({ where: { id: first.id }, select: { seoTitle: true, socialTitle: true, socialDescription: true } })).toEqual({
      seoTitle: "First search title",
      socialTitle: "First social title",
      socialDescription: "First social text.",
    });
    // A caller that does not send the fields (an import, the API) leaves them as they are.
    const current = await db.article.findUniqueOrThrow({ where: { id: first.id }, select: { version: true } });
    await saveArticle(editor, articleInput({ id: first.id, version: current.version, slug: first.slug }));
    expect((await db.article.findUniqueOrThrow({ where: { id: first.id }, select: { seoTitle: true } })).seoTitle).toBe("First search title");
  });

  it("refuses overrides past their limits with a message for the field", () => {
    const result = articleInputSchema.safeParse({ ...articleInput(), body: JSON.stringify(makeDocument("x")), seoTitle: "x".repeat(121), socialDescription: "y".repeat(301) });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => [issue.path[0], issue.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["seoTitle", "Keep the search title under 120 characters."],
        ["socialDescription", "Keep the social description under 300 characters."],
      ]),
    );
  });
});
