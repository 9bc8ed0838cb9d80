import { z } from "zod";

// A front's layout: blocks from top to bottom. Bounded everywhere, so a layout costs a
// fixed number of queries and a bounded number of rows whatever an editor sends.
export const FRONT_BLOCKS_MAX = 12;
export const TOP_ROW_MIN = 2;
export const TOP_ROW_MAX = 6;
export const PICKS_MAX = 12;
export const SECTION_BLOCK_MAX = 12;
export const RIVER_MAX = 30;
export const BLOCK_TITLE_MAX = 60;

const articleId = z.uuid("A picked story no longer exists; pick it again.");
const slot = z.preprocess((v) => (v === "" ? null : v), articleId.nullable());
const title = z.string().trim().max(BLOCK_TITLE_MAX, `Block titles are at most ${BLOCK_TITLE_MAX} characters.`);

export const frontBlockSchema = z.discriminatedUnion(
  "type",
  [
    // One story, pinned or (null) the newest.
    z.object({ type: z.literal("lead"), pick: slot.default(null) }),
    // A row of `size` stories: pinned slots first as ordered, empty ones filled with the newest.
    z
      .object({
        type: z.literal("top"),
        title: title.default("Top stories"),
        size: z.number().int().min(TOP_ROW_MIN, `A top-stories row holds ${TOP_ROW_MIN} to ${TOP_ROW_MAX} stories.`).max(TOP_ROW_MAX, `A top-stories row holds ${TOP_ROW_MIN} to ${TOP_ROW_MAX} stories.`),
        picks: z.array(slot).max(TOP_ROW_MAX),
      })
      .refine((b) => b.picks.length <= b.size, "More stories are pinned than the row has places."),
    // A section's newest `count` stories (subsections included).
    z.object({
      type: z.literal("section"),
      sectionId: z.uuid("Choose a section for the section block."),
      title: title.default(""),
      count: z.number().int().min(1, `A section block shows 1 to ${SECTION_BLOCK_MAX} stories.`).max(SECTION_BLOCK_MAX, `A section block shows 1 to ${SECTION_BLOCK_MAX} stories.`),
    }),
    // Hand-picked stories only, in order: one that stops being public drops out.
    z.object({
      type: z.literal("picks"),
      title: title.min(1, "A hand-picked list needs a title."),
      picks: z.array(articleId).min(1, "Pick at least one story for the hand-picked list.").max(PICKS_MAX, `A hand-picked list holds at most ${PICKS_MAX} stories.`),
    }),
    // The newest stories not shown above.
    z.object({
      type: z.literal("river"),
      title: title.default("Latest"),
      count: z.number().int().min(1, `The river shows 1 to ${RIVER_MAX} stories.`).max(RIVER_MAX, `The river shows 1 to ${RIVER_MAX} stories.`),
    }),
  ],
  { error: "Unknown block type." },
);

export const frontBlocksSchema = z
  .array(frontBlockSchema)
  .min(1, "A front needs at least one block.")
  .max(FRONT_BLOCKS_MAX, `A front holds at most ${FRONT_BLOCKS_MAX} blocks.`);

export type FrontBlock = z.infer<typeof frontBlockSchema>;
export type FrontBlocks = FrontBlock[];

/** "home" or "section:<id>": which front. */
export const frontKeySchema = z.string().regex(/^(home|section:[0-9a-f-]{36})$/, "That front does not exist.");
export const HOME_FRONT = "home";
export function sectionFrontKey(sectionId: string): string {
  return `section:${sectionId}`;
}

/** The layout a front has before any editor touched it (the old home page: the newest story leads, the rest follow). */
export function defaultBlocks(): FrontBlocks {
  return [
    { type: "lead", pick: null },
    { type: "top", title: "Top stories", size: 4, picks: [] },
    { type: "river", title: "Latest", count: 15 },
  ];
}

// The editor posts the layout as one JSON field: bounded before it is parsed.
export const BLOCKS_JSON_MAX = 20_000;
export const blocksJsonSchema = z
  .string()
  .max(BLOCKS_JSON_MAX, "That layout is too large.")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The layout could not be read; reload the page and try again." });
      return z.NEVER;
    }
  })
  .pipe(frontBlocksSchema);
