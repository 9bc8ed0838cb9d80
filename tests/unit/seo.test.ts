import { describe, expect, it } from "vitest";
import Parser from "rss-parser";
import { buildNewsArticleJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";
import { buildRss } from "@/lib/seo/build-rss";
import { escapeXml } from "@/lib/seo/xml";
import { describeSearchTotals, splitSnippet, MATCH_START, MATCH_END } from "@/lib/search/search-query";
import { readPathPage } from "@/lib/seo/path-page";
import { siteUrl } from "@/lib/site";

const article = {
  slug: "talks",
  headline: 'Talks end </script><script>alert(1)</script> & "more"',
  description: "Desc <!-- x -->",
  dateline: "DOHA",
  publishedAt: new Date("2026-01-01T10:00:00Z"),
  updatedAt: new Date("2026-01-02T10:00:00Z"),
  bylines: [{ name: "Leila Nasser", slug: "leila" }],
  tags: [{ name: "World", slug: "world" }, { name: "Qatar", slug: "qatar" }],
};

describe("JSON-LD", () => {
  it("cannot be closed or commented out by the text inside, and parses back to the same data", () => {
    const json = serializeJsonLd(buildNewsArticleJsonLd(article));
    expect(json).not.toMatch(/<|>|&/);
    const data = JSON.parse(json);
    expect(data.headline).toBe(article.headline);
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.author).toEqual([{ "@type": "Person", name: "Leila Nasser", url: `${siteUrl()}/authors/leila` }]);
    expect(data.publisher.logo.url).toMatch(/\/logo\.png$/);
    expect(data.articleSection).toBe("World");
    expect(data.keywords).toEqual(["World", "Qatar"]);
    expect(data.dateModified).toBe("2026-01-02T10:00:00.000Z");
    expect(data.correction).toBeUndefined();
  });

  it("carries corrections and an image when there are some", () => {
    const data = buildNewsArticleJsonLd({ ...article, image: { url: "/media/a.jpg", width: 1200, height: 800 }, corrections: [{ text: "An earlier version misspelt a name.", publishedAt: new Date("2026-01-03T00:00:00Z") }] });
    expect(data.correction).toEqual([{ "@type": "CorrectionComment", text: "An earlier version misspelt a name.", datePublished: "2026-01-03T00:00:00.000Z" }]);
    expect(data.image).toEqual([expect.objectContaining({ url: `${siteUrl()}/media/a.jpg` })]);
  });
});

describe("RSS", () => {
  it("is read by a real RSS parser with escaped titles", async () => {
    const xml = buildRss({ title: "Dateline & co", description: "Latest", path: "/", feedPath: "/feed.xml" }, [
      { ...article, summary: "A <b>summary</b>", dateline: "", image: null, live: false },
    ]);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Dateline & co");
    expect(feed.items[0]?.title).toBe(article.headline);
    expect(feed.items[0]?.link).toBe(`${siteUrl()}/articles/talks`);
    expect(feed.items[0]?.categories).toEqual(["World", "Qatar"]);
    expect(feed.items[0]?.creator).toBe("Leila Nasser");
    expect(new Date(feed.items[0]!.pubDate!).toISOString()).toBe("2026-01-01T10:00:00.000Z");
  });

  it("drops characters XML forbids", () => {
    expect(escapeXml("a\u0001b<c>")).toBe("ab&lt;c&gt;");
  });
});

describe("small parsers", () => {
  it("splits a snippet on match marks without trusting any HTML in it", () => {
    expect(splitSnippet(`a <b> ${MATCH_START}doha${MATCH_END} c`)).toEqual([
      { text: "a <b> ", match: false },
      { text: "doha", match: true },
      { text: " c", match: false },
    ]);
  });

  it("says how many articles match, and when only the most recent of them are listed", () => {
    const say = (total: number, ranked: number, totalIsMinimum = false) => describeSearchTotals({ total, ranked, totalIsMinimum, searchedNewest: null }, "doha");
    expect(say(0, 0)).toBe("No articles match “doha”. Try fewer or different words.");
    expect(say(1, 1)).toBe("1 article matches “doha”.");
    expect(say(1000, 1000)).toBe("1,000 articles match “doha”.");
    expect(say(14416, 1000)).toBe("14,416 articles match “doha”. Showing the 1,000 most recent, best matches first.");
    expect(say(20000, 1000, true)).toBe("20,000 or more articles match “doha”. Showing the 1,000 most recent, best matches first.");
    expect(say(20000, 0, true)).toBe("20,000 or more articles match “doha”. Add words to narrow the search.");
    expect(describeSearchTotals({ total: 1200, ranked: 1000, totalIsMinimum: false, searchedNewest: null }, "doha", "most recently changed")).toBe(
      "1,200 articles match “doha”. Showing the 1,000 most recently changed, best matches first.",
    );
    // A phrase of common words, looked for in the newest articles only.
    const among = (total: number) => describeSearchTotals({ total, ranked: total, totalIsMinimum: false, searchedNewest: 5000 }, '"doha talks"');
    expect(among(0)).toBe("No articles among the 5,000 most recent articles match “\"doha talks\"”. Add a rarer word to search older ones.");
    expect(among(1)).toBe("1 of the 5,000 most recent articles matches “\"doha talks\"”. Add a rarer word to search older ones.");
    expect(among(120)).toBe("120 of the 5,000 most recent articles match “\"doha talks\"”. Add a rarer word to search older ones.");
  });

  it("reads only canonical page numbers from paths", () => {
    expect(readPathPage("2")).toBe(2);
    expect(readPathPage("1")).toBeNull();
    expect(readPathPage("02")).toBeNull();
    expect(readPathPage("x")).toBeNull();
    expect(readPathPage("10001")).toBeNull();
  });
});
