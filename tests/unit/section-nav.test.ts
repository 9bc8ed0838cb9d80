import { describe, expect, it } from "vitest";
import { SectionNav } from "@/components/site/section-nav";

// issue-13: the masthead's section menu on every reader page (components/site/section-nav.tsx).
describe("section menu", () => {
  const sections = [
    { name: "World", path: "world" },
    { name: "Business & Markets", path: "business" },
  ];
  const currents = (html: string) => [...html.matchAll(/<a href="([^"]+)"( aria-current="(\w+)")?>/g)].map((m) => [m[1], m[3] ?? null]);

  it("is a labelled list of links in the given order, names escaped, nothing marked off-section", () => {
    const html = SectionNav({ sections })!.html;
    expect(html).toMatch(/^<nav aria-label="Sections" class="section-nav print:hidden"><ul><li><a href="\/sections\/world">World<\/a><\/li>/);
    expect(html).toContain(">Business &amp; Markets</a>");
    expect(currents(html)).toEqual([["/sections/world", null], ["/sections/business", null]]);
  });

  it("marks the section's own front as the page, and its subsections, older pages and articles as inside it", () => {
    expect(currents(SectionNav({ sections, current: { path: "world", front: true } })!.html)[0]).toEqual(["/sections/world", "page"]);
    expect(currents(SectionNav({ sections, current: { path: "world", front: false } })!.html)[0]).toEqual(["/sections/world", "true"]);
    expect(currents(SectionNav({ sections, current: { path: "world/asia", front: true } })!.html)).toEqual([["/sections/world", "true"], ["/sections/business", null]]);
    // A sibling whose path merely starts the same is not inside it.
    expect(currents(SectionNav({ sections, current: { path: "worldwide", front: true } })!.html)[0]).toEqual(["/sections/world", null]);
  });

  it("draws nothing without sections", () => {
    expect(SectionNav({ sections: [] })).toBeNull();
  });
});
