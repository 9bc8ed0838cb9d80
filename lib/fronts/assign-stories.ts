import type { FrontBlocks } from "@/lib/fronts/schema";

// Which story goes where, given what is public now. Pure, so the rules are unit-tested:
// - a pinned story shows only if it is public now (a picked story that is unpublished or
//   trashed drops out at once; a scheduled one appears when its time comes);
// - an empty or dropped slot of the lead or the top row fills with the newest story not
//   shown anywhere else on the front; a hand-picked list just closes up;
// - no story shows twice: pinned ones are held back from the fill, and each block skips
//   what an earlier block placed.

export type StoryPools = {
  /** Pinned ids that are public now. */
  publicPins: ReadonlySet<string>;
  /** Newest public ids in the front's scope (the whole site, or the section's subtree). */
  newest: readonly string[];
  /** For each section block (by block index): its section's newest public ids. */
  bySection: ReadonlyMap<number, readonly string[]>;
};

export function pinnedIds(blocks: FrontBlocks): string[] {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.type === "lead" && block.pick) ids.add(block.pick);
    if (block.type === "top" || block.type === "picks") for (const id of block.picks) if (id) ids.add(id);
  }
  return [...ids];
}

/** How many ids the fill needs at most: every unpinned place, plus what pins and sections may take from its top. */
export function fillDemand(blocks: FrontBlocks): number {
  let demand = pinnedIds(blocks).length;
  for (const block of blocks) {
    if (block.type === "lead") demand += 1;
    else if (block.type === "top") demand += block.size;
    else if (block.type === "river" || block.type === "section") demand += block.count;
  }
  return demand;
}

/** Story ids per block, in order. */
export function assignStories(blocks: FrontBlocks, pools: StoryPools): string[][] {
  const used = new Set<string>();
  let cursor = 0;
  const nextFill = (): string | null => {
    while (cursor < pools.newest.length) {
      const id = pools.newest[cursor++]!;
      if (!used.has(id) && !pools.publicPins.has(id)) return id;
    }
    return null;
  };
  const place = (id: string | null | undefined, into: string[]): boolean => {
    if (!id || used.has(id)) return false;
    used.add(id);
    into.push(id);
    return true;
  };
  const pinned = (id: string | null | undefined) => (id && pools.publicPins.has(id) && !used.has(id) ? id : null);

  return blocks.map((block, index) => {
    const ids: string[] = [];
    switch (block.type) {
      case "lead":
        place(pinned(block.pick) ?? nextFill(), ids);
        break;
      case "top":
        for (let i = 0; i < block.size; i++) place(pinned(block.picks[i]) ?? nextFill(), ids);
        break;
      case "picks":
        for (const id of block.picks) place(pinned(id), ids);
        break;
      case "section":
        for (const id of pools.bySection.get(index) ?? []) {
          if (ids.length >= block.count) break;
          if (!pools.publicPins.has(id)) place(id, ids);
        }
        break;
      case "river":
        for (let i = 0; i < block.count; i++) place(nextFill(), ids);
        break;
    }
    return ids;
  });
}
