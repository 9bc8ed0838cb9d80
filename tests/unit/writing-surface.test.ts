import { describe, expect, it } from "vitest";
import { ariaShortcut, describeShortcut, matchesShortcut } from "@/components/editor/shortcuts";
import { countWords, readingMinutes } from "@/lib/content/plain-text";
import { checkBeforePublishing, countCharacters, HEADLINE_SEARCH_MAX } from "@/lib/articles/prepublish-rules";

describe("editor shortcuts", () => {
  it("are shown as the platform writes them", () => {
    expect(describeShortcut("bulletList", false)).toBe("Ctrl+Shift+8");
    expect(describeShortcut("bulletList", true)).toBe("⌘⇧8");
    expect(describeShortcut("heading2", true)).toBe("⌘⌥2");
    expect(ariaShortcut("bold", false)).toBe("Control+B");
    expect(ariaShortcut("bold", true)).toBe("Meta+B");
  });

  it("match only their own keys", () => {
    const key = (init: Partial<KeyboardEvent>) => ({ key: "", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;
    expect(matchesShortcut(key({ key: "k", ctrlKey: true }), "link", false)).toBe(true);
    expect(matchesShortcut(key({ key: "K", metaKey: true }), "link", true)).toBe(true);
    expect(matchesShortcut(key({ key: "k", ctrlKey: true, shiftKey: true }), "link", false)).toBe(false);
    expect(matchesShortcut(key({ key: "k", metaKey: true }), "link", false)).toBe(false);
  });
});

describe("word count and reading time", () => {
  it("counts words and rounds minutes, at least one for any text", () => {
    expect(readingMinutes(countWords(""))).toBe(0);
    expect(readingMinutes(countWords("One — two."))).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1000)).toBe(4);
  });
});

describe("headline length", () => {
  it("is counted the same way by the counter and the checklist", () => {
    const headline = `${"é".repeat(HEADLINE_SEARCH_MAX)}🙂`;
    expect(countCharacters(` ${headline} `)).toBe(HEADLINE_SEARCH_MAX + 1);
    const { warnings } = checkBeforePublishing({ headline, standfirst: "s", body: { type: "doc", content: [] }, bylineCount: 1, tagCount: 1, featuredImage: undefined, links: new Map() });
    expect(warnings.map((w) => w.code)).toContain("headline-search");
  });
});
