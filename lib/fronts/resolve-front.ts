import "server-only";
import { db, prismaSql } from "@/lib/db";
import { readPublicCards, type ArticleCard } from "@/lib/articles/list-published-articles";
import { publicArticleSql } from "@/lib/articles/public-filter";
import { sql } from "@/lib/db/sql";
import { assignStories, fillDemand, pinnedIds, type StoryPools } from "@/lib/fronts/assign-stories";
import type { FrontBlocks } from "@/lib/fronts/schema";
import { listSections } from "@/lib/sections/list-sections";
import { subtreeIds } from "@/lib/sections/section-tree";

export type ResolvedBlock =
  | { type: "lead"; articles: ArticleCard[] }
  | { type: "top"; title: string; articles: ArticleCard[] }
  | { type: "section"; title: string; section: { name: string; path: string } | null; articles: ArticleCard[] }
  | { type: "picks"; title: string; articles: ArticleCard[] }
  | { type: "river"; title: string; articles: ArticleCard[] };

/**
 * The stories of a layout as readers see them now. A fixed number of queries whatever the
 * layout (no query per block or per story): the section tree; then one statement for
 * which pins are public, the newest ids in scope and every section block's newest ids
 * (each section read newest first, stopping at the block's count);
 * then one read of every card. Every read goes through the one public rule.
 * `scope`: a section front fills from that section and its subsections only.
 * `layout` may still be on its way (a route reading the live layout): the section tree is
 * read beside it, so the tree costs no round trip of its own on the way to the page.
 */
export async function resolveFront(layout: FrontBlocks | Promise<FrontBlocks>, options: { scopeSectionId?: string | null; now: Date }): Promise<ResolvedBlock[]> {
  const { now } = options;
  const [blocks, sections] = await Promise.all([layout, listSections()]);
  const scope = options.scopeSectionId ? subtreeIds(sections, options.scopeSectionId) : null;
  const pins = pinnedIds(blocks);
  const demand = fillDemand(blocks);
  const sectionBlocks = blocks.flatMap((block, index) =>
    block.type === "section" && sections.some((s) => s.id === block.sectionId) ? [{ index, ids: subtreeIds(sections, block.sectionId), count: block.count + demand }] : [],
  );

  const pools = await readStoryPools({ pins, demand, scope, sectionBlocks }, now);
  const placed = assignStories(blocks, pools);

  const cards = await readPublicCards([...new Set(placed.flat())], now);
  const cardsFor = (ids: string[]) => ids.flatMap((id) => cards.get(id) ?? []);

  return blocks.map((block, i): ResolvedBlock => {
    const articles = cardsFor(placed[i] ?? []);
    switch (block.type) {
      case "lead":
        return { type: "lead", articles };
      case "section": {
        const section = sections.find((s) => s.id === block.sectionId);
        return { type: "section", title: block.title || section?.name || "", section: section ? { name: section.name, path: section.path } : null, articles };
      }
      default:
        return { type: block.type, title: block.title, articles };
    }
  });
}

const PINS = -2;
const NEWEST = -1;

/**
 * The story pools of assignStories in one statement (a front is read on a cache miss, and
 * each statement costs a round trip and the driver's work, more than these index reads):
 * which pins are public; the newest public ids (everywhere: `articles_published_at_idx`
 * backwards; in a scope: as a section block); and for each section block (a block index,
 * its section ids, a count) the newest public ids in those sections. Each section is read
 * newest first up to `count` (LATERAL … LIMIT), then the few rows are merged per block:
 * cost grows with the stories shown, not with the size of a section.
 */
async function readStoryPools(
  request: { pins: string[]; demand: number; scope: string[] | null; sectionBlocks: { index: number; ids: string[]; count: number }[] },
  now: Date,
): Promise<StoryPools> {
  const { pins, demand, scope } = request;
  const perSection = scope ? [{ index: NEWEST, ids: scope, count: demand }, ...request.sectionBlocks] : request.sectionBlocks;
  const members = perSection.flatMap((r) => r.ids.map((id) => ({ index: r.index, id })));
  const everywhere = scope
    ? sql``
    : sql`UNION ALL (
        SELECT ${NEWEST}::int, a.id, a.published_at FROM articles a
        WHERE ${publicArticleSql("a", now)}
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${demand}::int
      )`;
  const rows = await db.$queryRaw<{ idx: number; id: string }[]>(
    prismaSql(sql`
      SELECT pool.idx, pool.id::text AS id FROM (
        SELECT ${PINS}::int AS idx, a.id, a.published_at FROM articles a
        WHERE a.id = ANY(${pins}::uuid[]) AND ${publicArticleSql("a", now)}
        ${everywhere}
        UNION ALL
        SELECT b.idx, pick.id, pick.published_at
        FROM unnest(${perSection.map((r) => r.index)}::int[], ${perSection.map((r) => r.count)}::int[]) AS b(idx, n)
        CROSS JOIN LATERAL (
          SELECT per_section.id, per_section.published_at
          FROM unnest(${members.map((m) => m.index)}::int[], ${members.map((m) => m.id)}::uuid[]) AS m(idx, section_id)
          CROSS JOIN LATERAL (
            SELECT a.id, a.published_at FROM articles a
            WHERE a.section_id = m.section_id AND ${publicArticleSql("a", now)}
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT b.n
          ) per_section
          WHERE m.idx = b.idx
          ORDER BY per_section.published_at DESC, per_section.id DESC
          LIMIT b.n
        ) pick
      ) pool
      ORDER BY pool.idx, pool.published_at DESC, pool.id DESC`),
  );
  const publicPins = new Set<string>();
  const newest: string[] = [];
  const bySection = new Map<number, string[]>();
  for (const row of rows) {
    if (row.idx === PINS) publicPins.add(row.id);
    else if (row.idx === NEWEST) newest.push(row.id);
    else bySection.set(row.idx, [...(bySection.get(row.idx) ?? []), row.id]);
  }
  return { publicPins, newest, bySection };
}
