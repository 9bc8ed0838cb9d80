import "server-only";
import { db } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { sql } from "@/lib/db/sql";
import { orderSections, type SectionNode } from "@/lib/sections/section-tree";

export type SectionRow = SectionNode & { depth: number };

const SECTION_SELECT = { id: true, name: true, slug: true, path: true, description: true, position: true, parentId: true } as const;

/**
 * Every section, parents before children (one small query: the tree is bounded). Read on
 * every uncached article, section and front page, so without the ORM (a quarter of its CPU).
 */
export async function listSections(): Promise<SectionRow[]> {
  return orderSections(
    await queryDb<SectionNode>(sql`SELECT id::text AS id, name, slug, path, description, position, parent_id::text AS "parentId" FROM sections`),
  );
}

/** For the admin list: every section with how many articles it holds. */
export async function listAdminSections(): Promise<(SectionRow & { articleCount: number })[]> {
  const rows = await db.section.findMany({ select: { ...SECTION_SELECT, _count: { select: { articles: true } } } });
  return orderSections(rows.map(({ _count, ...s }) => ({ ...s, articleCount: _count.articles })));
}

/**
 * The masthead menu: top-level sections in their order, at most `limit` (one small query
 * on `sections_parent_id_position_idx`). Read with the site chrome, so once per change,
 * not per page (lib/site-chrome/load-site-chrome.ts).
 */
export async function listTopSections(limit: number): Promise<{ name: string; path: string }[]> {
  const rows = await db.section.findMany({ where: { parentId: null }, orderBy: [{ position: "asc" }, { name: "asc" }], take: limit, select: { name: true, path: true, position: true } });
  // The same order as every other list of sections (orderSections: position, then name by locale).
  return rows.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name)).map(({ name, path }) => ({ name, path }));
}
