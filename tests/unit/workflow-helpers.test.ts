import { describe, expect, it } from "vitest";
import { TRANSITIONS, availableTransitions, effectiveStatus } from "@/lib/articles/transitions";
import { diffWords, hasChanges } from "@/lib/articles/word-diff";
import { dateToZonedLocal, zonedLocalToDate } from "@/lib/articles/zoned-time";

describe("transitions", () => {
  it("lists exactly the valid moves from each state", () => {
    expect(availableTransitions("DRAFT")).toEqual(["submit", "publish", "schedule"]);
    expect(availableTransitions("IN_REVIEW")).toEqual(["send_back", "publish", "schedule"]);
    expect(availableTransitions("PUBLISHED")).toEqual(["unpublish"]);
    expect(availableTransitions("UNPUBLISHED")).toEqual(["publish", "schedule"]);
    expect(availableTransitions("SCHEDULED")).toEqual(["publish", "schedule", "unpublish"]);
    expect(TRANSITIONS.send_back.to).toBe("DRAFT");
  });

  it("treats a scheduled article whose time has come as published", () => {
    const now = new Date("2026-11-28T10:00:00Z");
    expect(effectiveStatus("SCHEDULED", new Date("2026-11-28T09:59:59Z"), now)).toBe("PUBLISHED");
    expect(effectiveStatus("SCHEDULED", new Date("2026-11-28T10:00:01Z"), now)).toBe("SCHEDULED");
    expect(effectiveStatus("DRAFT", null, now)).toBe("DRAFT");
  });
});

describe("word diff", () => {
  it("marks added and removed words and keeps the rest", () => {
    const parts = diffWords("The talks ended on Sunday.", "The talks resumed on Monday.");
    expect(parts.filter((p) => p.op === "del").map((p) => p.text.trim())).toEqual(["ended", "Sunday."]);
    expect(parts.filter((p) => p.op === "add").map((p) => p.text.trim())).toEqual(["resumed", "Monday."]);
    expect(parts.filter((p) => p.op !== "add").map((p) => p.text).join("")).toBe("The talks ended on Sunday.");
    expect(parts.filter((p) => p.op !== "del").map((p) => p.text).join("")).toBe("The talks resumed on Monday.");
  });

  it("says when nothing changed", () => {
    expect(hasChanges(diffWords("same words", "same words"))).toBe(false);
  });
});

describe("times in the site's time zone", () => {
  it("reads a wall-clock time in a named zone, across daylight saving", () => {
    expect(zonedLocalToDate("2026-07-01T09:00", "Europe/London")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(zonedLocalToDate("2026-12-01T09:00", "Europe/London")?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(zonedLocalToDate("2026-12-01T09:00:30", "UTC")?.toISOString()).toBe("2026-12-01T09:00:30.000Z");
    expect(zonedLocalToDate("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
    expect(zonedLocalToDate("not a time", "UTC")).toBeNull();
  });

  it("writes an instant back as wall-clock time", () => {
    expect(dateToZonedLocal(new Date("2026-07-01T08:00:00Z"), "Europe/London")).toBe("2026-07-01T09:00:00");
  });
});
