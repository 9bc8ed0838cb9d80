import "server-only";
import { db } from "@/lib/db";
import { orderSections, type SectionNode } from "@/lib/sections/section-tree";

export type SectionRow = SectionNode & { depth: number };

const SECTION_SELECT = { id: true, name: true, slug: true, path: true, description: true, position: true, parentId: true } as const;

/** Every section, parents before children (one small query: the tree is bounded). */
export async function listSections(): Promise<SectionRow[]> {
  return orderSections(await db.section.findMany({ select: SECTION_SELECT }));
}

/** For the admin list: every section with how many articles it holds. */
export async function listAdminSections(): Promise<(SectionRow & { articleCount: number })[]> {
  const rows = await db.section.findMany({ select: { ...SECTION_SELECT, _count: { select: { articles: true } } } });
  return orderSections(rows.map(({ _count, ...s }) => ({ ...s, articleCount: _count.articles })));
}
