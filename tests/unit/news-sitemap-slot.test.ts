import { describe, expect, it } from "vitest";
import { newsSitemapSlotEnd } from "@/lib/cache/news-sitemap-slot";

describe("news sitemap slots", () => {
  it("ends a copy's life at the next ten-minute boundary", () => {
    expect(newsSitemapSlotEnd(new Date("2026-03-01T12:03:20Z")).toISOString()).toBe("2026-03-01T12:10:00.000Z");
    expect(newsSitemapSlotEnd(new Date("2026-03-01T12:09:59.999Z")).toISOString()).toBe("2026-03-01T12:10:00.000Z");
    expect(newsSitemapSlotEnd(new Date("2026-03-01T12:10:00Z")).toISOString()).toBe("2026-03-01T12:20:00.000Z");
  });
});
