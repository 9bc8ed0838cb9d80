// Pure helpers over the whole section tree (small: SECTIONS_MAX rows), shared by the
// services, the admin list and the reader pages.

export type SectionNode = { id: string; name: string; slug: string; path: string; description: string; position: number; parentId: string | null };

/** Parents before children, siblings by order then name: the order of menus and lists. */
export function orderSections<T extends SectionNode>(sections: readonly T[]): (T & { depth: number })[] {
  const byParent = new Map<string | null, T[]>();
  for (const s of sections) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s]);
  const out: (T & { depth: number })[] = [];
  const walk = (parentId: string | null, depth: number) => {
    const children = [...(byParent.get(parentId) ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const child of children) {
      out.push({ ...child, depth });
      walk(child.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The section and its ancestors, outermost first (breadcrumbs). */
export function sectionTrail<T extends SectionNode>(sections: readonly T[], id: string): T[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const trail: T[] = [];
  for (let s = byId.get(id); s && trail.length <= sections.length; s = s.parentId ? byId.get(s.parentId) : undefined) trail.unshift(s);
  return trail;
}

/** The section's id and every descendant's (a section block shows its subsections' stories too). */
export function subtreeIds(sections: readonly SectionNode[], id: string): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
  return ids;
}

export function pathFor(parentPath: string | null, slug: string): string {
  return parentPath ? `${parentPath}/${slug}` : slug;
}
