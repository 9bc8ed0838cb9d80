import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { saveArticle } from "@/lib/articles/save-article";
import { searchPublishedArticles } from "@/lib/search/search-published-articles";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument, ContentNode } from "@/lib/content/types";
import { db, disconnectDb } from "@/lib/db";
import { GET as siteSearch } from "@/app/(site)/search/route";
import { GET as apiArticles } from "@/app/api/v1/articles/route";
import { makeUser, uniqueSuffix } from "../support/factories";
import { articleInput, withdrawPublishedSince } from "../support/articles";

// Issue 15: the words around an embed or story element (captions, credits, titles,
// attributions) are searched like the body's own words.

const started = new Date();
afterAll(async () => {
  await withdrawPublishedSince(started);
  await disconnectDb();
});
// The API counts requests per address; these come from one unknown address.
beforeEach(() => db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key LIKE 'api:%'`);

// Letters only (PostgreSQL reads hex runs as numbers).
function word(): string {
  return `zq${uniqueSuffix().replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

const MEDIA_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const SRC = "/api/media/0123456789abcdef0123456789abcdef/640.jpg";
const p = (text: string): ContentNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const embed = (caption: string, credit = ""): ContentNode => ({
  type: "embed",
  attrs: { provider: "youtube", parts: { video: "dQw4w9WgXcQ" }, caption, credit, posterId: null, posterSrc: null },
});
const doc = (...content: ContentNode[]): ContentDocument => ({ type: "doc", content });

async function apiFinds(w: string): Promise<string[]> {
  const response = await apiArticles(new Request(`http://localhost/api/v1/articles?q=${w}`), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { id: string }[] };
  return body.data.map((a) => a.id);
}

async function siteFinds(w: string): Promise<string> {
  const response = await siteSearch(new NextRequest(`http://localhost/search?q=${w}`));
  expect(response.status).toBe(200);
  return response.text();
}

describe("search finds the words around embeds and story elements", () => {
  it("finds an article whose only mention of a word is an embed's caption, on the site and through the API, and follows an edited caption", async () => {
    const editor = await makeUser("EDITOR");
    const [w, later] = [word(), word()];
    const saved = await saveArticle(editor, articleInput({ headline: `Statement ${uniqueSuffix()}`, standfirst: "", tags: [], body: doc(p("The minister spoke."), embed(`The ${w} statement`)), intent: "publish" }));

    expect((await searchPublishedArticles(w)).hits.map((h) => h.slug)).toEqual([saved.slug]);
    expect(await siteFinds(w)).toContain(`/articles/${saved.slug}`);
    expect(await apiFinds(w)).toEqual([saved.id]);

    // The caption edited in place: the old word is gone from search, the credit's new one
    // found. (The site's answer for the old word is cached for a moment: search-results-cache.)
    await saveArticle(editor, articleInput({ id: saved.id, version: saved.version, slug: saved.slug, headline: `Statement ${uniqueSuffix()}`, standfirst: "", tags: [], body: doc(p("The minister spoke."), embed("The statement", `Video: ${later}`)), intent: "save" }));
    expect((await searchPublishedArticles(w)).total).toBe(0);
    expect(await apiFinds(w)).toEqual([]);
    expect(await siteFinds(later)).toContain(`/articles/${saved.slug}`);
    expect(await apiFinds(later)).toEqual([saved.id]);
  });

  it("indexes exactly the element words the plain text carries (one set of words for search, feeds and the API)", async () => {
    const editor = await makeUser("EDITOR");
    const w = Object.fromEntries(["caption", "credit", "attribution", "quote", "title", "fact", "table", "cell", "gallery", "imageCaption", "imageCredit", "figure", "figureCredit"].map((k) => [k, word()]));
    const image = { mediaId: MEDIA_ID, src: SRC, alt: "alt words stay out", width: 640, height: 480, widths: [640] };
    const body = doc(
      p("Intro."),
      embed(w.caption!, w.credit!),
      { type: "pullQuote", attrs: { attribution: w.attribution }, content: [{ type: "text", text: w.quote! }] },
      { type: "factBox", attrs: { title: w.title }, content: [p(w.fact!)] },
      { type: "table", attrs: { caption: w.table }, content: [
        { type: "tableRow", content: [{ type: "tableHeader", content: [p("Party")] }] },
        { type: "tableRow", content: [{ type: "tableCell", content: [p(w.cell!)] }] },
      ] },
      { type: "gallery", attrs: { caption: w.gallery, images: [{ ...image, caption: w.imageCaption, credit: w.imageCredit }, { ...image, caption: "", credit: "" }] } },
      { type: "figure", attrs: { ...image, caption: w.figure, credit: w.figureCredit } },
    );
    const saved = await saveArticle(editor, articleInput({ headline: `Elements ${uniqueSuffix()}`, standfirst: "", tags: [], body, intent: "publish" }));

    const [row] = await db.$queryRaw<{ words: string[] }[]>`
      SELECT ARRAY(SELECT lexeme FROM unnest(to_tsvector('simple', dateline_document_text(a.body)))) AS words FROM articles a WHERE a.id = ${saved.id}::uuid`;
    const indexed = new Set(row!.words);
    const plain = documentToPlainText(body).toLowerCase();
    for (const [what, marker] of Object.entries(w)) {
      expect(indexed.has(marker!), `${what} in the search text`).toBe(true);
      expect(plain, `${what} in the plain text`).toContain(marker!);
    }
    // Nothing indexed that the plain text leaves out (alt text, addresses, ids).
    for (const lexeme of indexed) expect(plain, lexeme).toContain(lexeme);
    expect(indexed.has("alt")).toBe(false);
    for (const marker of Object.values(w)) expect((await searchPublishedArticles(marker!)).hits.map((h) => h.slug)).toEqual([saved.slug]);
  });
});
