import { describe, expect, it } from "vitest";
import { isLiveNow, liveState } from "@/lib/live/live-state";
import { buildLiveBlogJsonLd, LIVE_JSON_LD_UPDATES } from "@/lib/seo/live-json-ld";
import { livePageHref } from "@/components/site/live-view";

// schema.org properties a LiveBlogPosting may carry: its own, BlogPosting's,
// SocialMediaPosting's, Article's, CreativeWork's and Thing's (https://schema.org/LiveBlogPosting),
// the subset a page might plausibly use. Anything else in our output is a mistake.
const LIVE_BLOG_POSTING_PROPERTIES = new Set([
  "@context", "@type", "@id",
  // LiveBlogPosting
  "coverageStartTime", "coverageEndTime", "liveBlogUpdate",
  // SocialMediaPosting / Article
  "sharedContent", "articleBody", "articleSection", "backstory", "pageStart", "pageEnd", "pagination", "speakable", "wordCount",
  // CreativeWork
  "about", "author", "comment", "contentLocation", "correction", "creator", "dateCreated", "dateModified", "datePublished", "headline",
  "image", "inLanguage", "isAccessibleForFree", "keywords", "mainEntity", "publisher", "thumbnailUrl", "video", "text", "abstract",
  "copyrightHolder", "copyrightYear", "license", "isPartOf", "hasPart", "sourceOrganization", "editor", "contributor",
  // Thing
  "name", "description", "url", "mainEntityOfPage", "identifier", "alternateName", "sameAs",
]);
const BLOG_POSTING_PROPERTIES = new Set(["@type", "@id", "url", "headline", "articleBody", "datePublished", "dateModified", "author", "image", "mainEntityOfPage"]);

const article = {
  slug: "doha-talks-live",
  headline: "Doha talks: live",
  description: "The talks, as they happen.",
  dateline: "DOHA",
  publishedAt: new Date("2026-12-06T08:00:00Z"),
  updatedAt: new Date("2026-12-06T08:00:00Z"),
  bylines: [{ name: "Leila Nasser", slug: "leila-nasser" }],
  tags: [{ name: "Gulf", slug: "gulf" }],
};

describe("LiveBlogPosting JSON-LD", () => {
  const entries = Array.from({ length: 30 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(30 - i).padStart(12, "0")}`,
    headline: i === 0 ? "Agreement signed" : "",
    text: `Entry ${30 - i}.`,
    postedAt: new Date(Date.UTC(2026, 11, 6, 9, 30 - i)),
    editedAt: null,
    author: { name: "Omar Khalil", slug: "omar-khalil" },
  }));
  const data = buildLiveBlogJsonLd(article, { startsAt: new Date("2026-12-06T08:00:00Z"), endsAt: null, modifiedAt: entries[0]!.postedAt, entries });

  it("uses only LiveBlogPosting's properties, and BlogPosting's for each update", () => {
    expect(data["@type"]).toBe("LiveBlogPosting");
    expect(Object.keys(data).filter((key) => !LIVE_BLOG_POSTING_PROPERTIES.has(key))).toEqual([]);
    for (const update of data.liveBlogUpdate as Record<string, unknown>[]) {
      expect(update["@type"]).toBe("BlogPosting");
      expect(Object.keys(update).filter((key) => !BLOG_POSTING_PROPERTIES.has(key))).toEqual([]);
    }
  });

  it("carries the coverage window, the newest updates first (bounded) and dateModified from the newest entry", () => {
    expect(data.coverageStartTime).toBe("2026-12-06T08:00:00.000Z");
    expect(data).not.toHaveProperty("coverageEndTime");
    const updates = data.liveBlogUpdate as { headline: string; datePublished: string; "@id": string }[];
    expect(updates).toHaveLength(LIVE_JSON_LD_UPDATES);
    expect(updates[0]).toMatchObject({ headline: "Agreement signed", datePublished: "2026-12-06T09:30:00.000Z" });
    expect(updates[0]!["@id"]).toBe(`${String(data.url)}#entry-${entries[0]!.id}`);
    expect(data.dateModified).toBe("2026-12-06T09:30:00.000Z");
    const ended = buildLiveBlogJsonLd(article, { startsAt: new Date("2026-12-06T08:00:00Z"), endsAt: new Date("2026-12-06T12:00:00Z"), modifiedAt: article.updatedAt, entries: [] });
    expect(ended.coverageEndTime).toBe("2026-12-06T12:00:00.000Z");
  });
});

describe("live state", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  it("is upcoming, live, then ended", () => {
    expect(liveState({ startsAt: new Date("2026-12-06T11:00:00Z"), endsAt: null }, now)).toBe("upcoming");
    expect(liveState({ startsAt: new Date("2026-12-06T09:00:00Z"), endsAt: null }, now)).toBe("live");
    expect(liveState({ startsAt: new Date("2026-12-06T09:00:00Z"), endsAt: now }, now)).toBe("ended");
    expect(isLiveNow(null, now)).toBe(false);
    expect(isLiveNow({ startsAt: new Date("2026-12-06T09:00:00Z"), endsAt: new Date("2026-12-06T10:00:01Z") }, now)).toBe(true);
  });

  it("spells each page of the stream one way", () => {
    expect(livePageHref("x", "newest", 1)).toBe("/articles/x");
    expect(livePageHref("x", "newest", 3)).toBe("/articles/x/live/page/3");
    expect(livePageHref("x", "oldest", 1)).toBe("/articles/x/live/oldest");
    expect(livePageHref("x", "oldest", 2)).toBe("/articles/x/live/oldest/page/2");
  });
});
