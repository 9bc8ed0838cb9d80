import { describe, expect, it } from "vitest";
import { boundPage, MAX_LIST_DEPTH, maxPageFor, readPageParam } from "@/lib/page-param";
import { readPathPage } from "@/lib/seo/path-page";

describe("page numbers from addresses", () => {
  it("reads a page, and unreadable text as page 1", () => {
    expect(readPageParam("3", 20)).toBe(3);
    expect(readPageParam(["4", "9"], 20)).toBe(4);
    for (const value of [undefined, "", "0", "-2", "1.5", "abc", "1e3", " ", "x".repeat(1_000_000)]) expect(readPageParam(value, 20), String(value).slice(0, 10)).toBe(1);
  });

  it("refuses a page past the deepest one: no list is read more than MAX_LIST_DEPTH rows deep", () => {
    expect(maxPageFor(20) * 20).toBeLessThanOrEqual(MAX_LIST_DEPTH);
    expect(maxPageFor(100) * 100).toBeLessThanOrEqual(MAX_LIST_DEPTH);
    expect(readPageParam(String(maxPageFor(20)), 20)).toBe(maxPageFor(20));
    for (const value of [String(maxPageFor(20) + 1), "100000", "9".repeat(400), "1".repeat(1_000_000)]) expect(readPageParam(value, 20), value.slice(0, 12)).toBeNull();
    // The audit log's 100 a page: page 10,000 was an OFFSET of 999,900 rows.
    expect(readPageParam("10000", 100)).toBeNull();
    expect(boundPage(500_000, 20)).toBeNull();
    expect(boundPage(undefined, 20)).toBe(1);
    expect(boundPage(2.7, 20)).toBe(2);
  });

  it("bounds reader path pages the same way", () => {
    expect(readPathPage(String(maxPageFor(20)))).toBe(maxPageFor(20));
    expect(readPathPage(String(maxPageFor(20) + 1))).toBeNull();
    expect(readPathPage("9999")).toBeNull();
  });
});
