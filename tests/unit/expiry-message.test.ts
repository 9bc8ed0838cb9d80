import { describe, expect, it } from "vitest";
import { EVERY_PAGE_TAG } from "@/lib/cache/freshness.js";
import { MAX_PAYLOAD_BYTES, decodeExpiry, encodeExpiry } from "@/lib/cache/expiry-message";

describe("expiry messages between instances", () => {
  it("carry the expired tags and read back the same", () => {
    const tags = ["_N_T_/", "_N_T_/articles/harbour-reopens", "_N_T_/(site)/[[...page]]/layout"];
    expect(decodeExpiry(encodeExpiry(tags))).toEqual(tags);
  });

  it("expire every page when the tags would not fit in one PostgreSQL notification", () => {
    const tags = Array.from({ length: 400 }, (_, i) => `_N_T_/articles/a-rather-long-slug-for-story-number-${i}`);
    const payload = encodeExpiry(tags);
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(decodeExpiry(payload)).toEqual([EVERY_PAGE_TAG]);
  });

  it("ignore anything that is not an expiry message", () => {
    expect(decodeExpiry("not json")).toBeNull();
    expect(decodeExpiry(JSON.stringify({ paths: ["/"] }))).toBeNull();
    expect(decodeExpiry(JSON.stringify({ tags: [] }))).toBeNull();
    expect(decodeExpiry(JSON.stringify({ tags: [42] }))).toBeNull();
    expect(decodeExpiry(JSON.stringify({ tags: ["x".repeat(2_000)] }))).toBeNull();
    expect(decodeExpiry(`{"tags":["${"y".repeat(20_000)}"]}`)).toBeNull();
  });
});
