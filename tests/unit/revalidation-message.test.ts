import { describe, expect, it } from "vitest";
import { MAX_PAYLOAD_BYTES, decodeRevalidation, encodeRevalidation } from "@/lib/cache/revalidation-message";

describe("revalidation broadcast messages", () => {
  it("carry the sender and the pages to expire, and read back the same", () => {
    const payload = encodeRevalidation("instance-a", { all: false, paths: ["/", "/articles/harbour-reopens"], routes: ["/(site)/[[...page]]"] });
    expect(decodeRevalidation(payload)).toEqual({ sender: "instance-a", message: { all: false, paths: ["/", "/articles/harbour-reopens"], routes: ["/(site)/[[...page]]"] } });
  });

  it("expire everything when the list of pages would not fit in one PostgreSQL notification", () => {
    const paths = Array.from({ length: 400 }, (_, i) => `/articles/a-rather-long-slug-for-story-number-${i}`);
    const payload = encodeRevalidation("instance-a", { all: false, paths, routes: [] });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(decodeRevalidation(payload)?.message).toEqual({ all: true, paths: [], routes: [] });
  });

  it("ignore anything that is not a message from an instance", () => {
    expect(decodeRevalidation("not json")).toBeNull();
    expect(decodeRevalidation(JSON.stringify({ paths: ["/"] }))).toBeNull();
    expect(decodeRevalidation(JSON.stringify({ sender: "x", paths: ["no-leading-slash"] }))).toBeNull();
  });
});
