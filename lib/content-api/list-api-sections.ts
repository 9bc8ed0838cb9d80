import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { findSectionRedirect } from "@/lib/sections/get-section";
import { sectionUrl } from "@/lib/content-api/article-representation";
import { decodeCursor, encodeCursor } from "@/lib/content-api/cursor";
import type { ApiSection } from "@/lib/content-api/schemas";

// Sections are the site's navigation: every section has its page on the site from the
// moment an admin makes it (an empty one shows an empty front), so the API lists them all,
// unlike tags, which stay unknown until one of their articles is out.

const SECTION_API_SELECT = { id: true, name: true, slug: true, path: true, description: true, position: true, parentId: true, updatedAt: true } as const;
type SectionApiRow = { id: string; name: string; slug: string; path: string; description: string; position: number; parentId: string | null; updatedAt: Date };

function toApiSection(row: SectionApiRow): ApiSection {
  return { id: row.id, name: row.name, slug: row.slug, path: row.path, description: row.description, position: row.position, parent_id: row.parentId, url: sectionUrl(row.path) };
}

/**
 * Every section by path: a parent comes before its subsections (`world` < `world/asia`),
 * and the order is total (paths are unique), so a cursor (the last path) is stable while
 * sections are added.
 */
export async function listApiSections(params: { limit: number; cursor?: string }): Promise<{ rows: ApiSection[]; nextCursor: string | null; lastModified: Date | null }> {
  const cursor = decodeCursor(params.cursor, ["path"]);
  const rows = await db.section.findMany({
    where: cursor ? { path: { gt: cursor.s } } : {},
    orderBy: { path: "asc" },
    take: params.limit + 1,
    select: SECTION_API_SELECT,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    rows: page.map(toApiSection),
    nextCursor: rows.length > params.limit && last ? encodeCursor({ k: "path", s: last.path }) : null,
    lastModified: latest(page.map((row) => row.updatedAt)),
  };
}

export type SectionLookup = { kind: "found"; section: ApiSection; updatedAt: Date } | { kind: "moved"; path: string } | { kind: "not_found" };

/** One section by id or path; an old path of a renamed or moved section leads to its current one, as on the site. */
export async function getApiSection(ref: string): Promise<SectionLookup> {
  const byId = z.uuid().safeParse(ref).success;
  const row = await db.section.findFirst({ where: byId ? { id: ref } : { path: ref }, select: SECTION_API_SELECT });
  if (row) return { kind: "found", section: toApiSection(row), updatedAt: row.updatedAt };
  if (byId) return { kind: "not_found" };
  const current = await findSectionRedirect(ref);
  return current ? { kind: "moved", path: current } : { kind: "not_found" };
}

function latest(times: Date[]): Date | null {
  return times.reduce<Date | null>((max, t) => (max && max >= t ? max : t), null);
}
