import "server-only";
import { db } from "@/lib/db";
import { listSections, type SectionRow } from "@/lib/sections/list-sections";
import { sectionTrail, subtreeIds } from "@/lib/sections/section-tree";

export type PublicSection = SectionRow & {
  /** Outermost first, the section itself last (breadcrumbs, kicker). */
  trail: { name: string; path: string }[];
  /** The section and its subsections: their articles all belong on its page. */
  subtreeIds: string[];
};

/** A section by its address (`world/asia`), with its trail; null when none lives there. */
export async function getSectionByPath(path: string): Promise<PublicSection | null> {
  const sections = await listSections();
  const section = sections.find((s) => s.path === path);
  if (!section) return null;
  return { ...section, trail: sectionTrail(sections, section.id).map((s) => ({ name: s.name, path: s.path })), subtreeIds: subtreeIds(sections, section.id) };
}

/** A section by id, with its trail (the article page's kicker and breadcrumbs; the content API). */
export async function getSectionById(id: string): Promise<PublicSection | null> {
  const sections = await listSections();
  const section = sections.find((s) => s.id === id);
  if (!section) return null;
  return { ...section, trail: sectionTrail(sections, section.id).map((s) => ({ name: s.name, path: s.path })), subtreeIds: subtreeIds(sections, section.id) };
}

/** Where a renamed or moved section's old address leads now (its current path), if anywhere. */
export async function findSectionRedirect(path: string): Promise<string | null> {
  const redirect = await db.sectionRedirect.findUnique({ where: { fromPath: path }, select: { section: { select: { path: true } } } });
  return redirect?.section.path ?? null;
}
