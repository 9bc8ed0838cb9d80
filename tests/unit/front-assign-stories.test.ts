import { describe, expect, it } from "vitest";
import { assignStories, fillDemand, pinnedIds } from "@/lib/fronts/assign-stories";
import { frontBlocksSchema, type FrontBlocks } from "@/lib/fronts/schema";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("assignStories: who goes where on a front", () => {
  const blocks: FrontBlocks = [
    { type: "lead", pick: id(9) },
    { type: "top", title: "Top", size: 3, picks: [id(8)] },
    { type: "section", sectionId: id(100), title: "", count: 2 },
    { type: "picks", title: "Picks", picks: [id(7), id(6)] },
    { type: "river", title: "Latest", count: 3 },
  ];

  it("puts public pins in place, fills empty places with the newest, and never shows a story twice", () => {
    const placed = assignStories(blocks, {
      publicPins: new Set([id(9), id(8), id(7), id(6)]),
      newest: [id(1), id(9), id(2), id(3), id(4), id(5), id(6)],
      bySection: new Map([[2, [id(2), id(3), id(10)]]]),
    });
    expect(placed).toEqual([[id(9)], [id(8), id(1), id(2)], [id(3), id(10)], [id(7), id(6)], [id(4), id(5)]]);
  });

  it("drops a pin that is not public: the lead and top places refill, a hand-picked list closes up", () => {
    const placed = assignStories(blocks, { publicPins: new Set([id(6)]), newest: [id(1), id(2), id(3), id(4), id(5)], bySection: new Map() });
    expect(placed[0]).toEqual([id(1)]);
    expect(placed[1]).toEqual([id(2), id(3), id(4)]);
    expect(placed[3]).toEqual([id(6)]);
    expect(placed[4]).toEqual([id(5)]);
  });

  it("asks for enough ids to fill every place even when pins and sections take from the top", () => {
    expect(pinnedIds(blocks).sort()).toEqual([id(6), id(7), id(8), id(9)]);
    expect(fillDemand(blocks)).toBe(4 + 1 + 3 + 2 + 3);
  });
});

describe("front layout schema", () => {
  it("refuses more pins than places, unknown blocks and too many blocks, with messages an editor can act on", () => {
    const tooMany = frontBlocksSchema.safeParse([{ type: "top", title: "", size: 2, picks: [id(1), id(2), id(3)] }]);
    expect(tooMany.success).toBe(false);
    expect(frontBlocksSchema.safeParse([{ type: "carousel" }]).error?.issues[0]?.message).toBe("Unknown block type.");
    expect(frontBlocksSchema.safeParse(Array.from({ length: 13 }, () => ({ type: "lead", pick: null }))).error?.issues[0]?.message).toBe("A front holds at most 12 blocks.");
  });
});
