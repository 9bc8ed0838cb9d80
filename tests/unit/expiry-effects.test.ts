import { describe, expect, it } from "vitest";
import { articleSlugsExpiredBy, touchesReaderPages } from "@/lib/cache/expiry-effects";

describe("what an expiry also makes stale", () => {
  it("names the article slugs whose pages expired, or all of them for a tag above every article page", () => {
    expect(articleSlugsExpiredBy(["_N_T_/", "_N_T_/articles/harbour-reopens", "_N_T_/tags/ports", "_N_T_/articles/old-slug"])).toEqual(["harbour-reopens", "old-slug"]);
    for (const tag of ["_N_T_/layout", "_N_T_/(site)/layout", "_N_T_/(site)/articles/layout", "_N_T_/(site)/articles/[slug]/layout"]) expect(articleSlugsExpiredBy([tag]), tag).toBe("all");
    expect(articleSlugsExpiredBy(["_N_T_/(site)/tags/[slug]/page/[n]/layout", "_N_T_/feed.xml"])).toEqual([]);
  });

  it("leaves reader searches alone when only newsroom pages expired", () => {
    expect(touchesReaderPages(["_N_T_/admin/users", "_N_T_/admin/layout"])).toBe(false);
    expect(touchesReaderPages(["_N_T_/admin/users", "_N_T_/"])).toBe(true);
    expect(touchesReaderPages(["_N_T_/layout"])).toBe(true);
  });
});
