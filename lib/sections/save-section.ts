import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { slugify } from "@/lib/content/slug";
import { SECTION_DEPTH_MAX, SECTION_SLUG_MAX, SECTIONS_MAX, type SectionFields } from "@/lib/sections/schema";
import { orderSections, pathFor, sectionTrail, subtreeIds, type SectionNode } from "@/lib/sections/section-tree";
import { reportSectionChange, sectionRef } from "@/lib/webhooks/section-event";

function assertAllowed(actor: Actor): void {
  if (!can(actor, "section.manage")) throw new AppError("FORBIDDEN", "Only admins manage sections.");
}

function slugFor(input: SectionFields): string {
  const slug = input.slug || slugify(input.name, SECTION_SLUG_MAX);
  if (!slug) throw new AppError("VALIDATION", "Give the section an address part (letters and digits), e.g. world.");
  if (slug === "page" || slug === "feed") throw new AppError("VALIDATION", "“page” and “feed” are used by section addresses; choose another.");
  return slug;
}

async function readTree(tx: Tx): Promise<SectionNode[]> {
  // Serialises section edits: paths of a subtree are recomputed from the whole tree.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('dateline.sections'))`;
  return tx.section.findMany({ select: { id: true, name: true, slug: true, path: true, description: true, position: true, parentId: true } });
}

function placeUnder(tree: SectionNode[], parentId: string | undefined, movingId: string | null, slug: string): { parentId: string | null; path: string } {
  if (!parentId) return { parentId: null, path: slug };
  const parent = tree.find((s) => s.id === parentId);
  if (!parent) throw new AppError("VALIDATION", "That parent section no longer exists.");
  if (movingId && subtreeIds(tree, movingId).includes(parentId)) throw new AppError("VALIDATION", "A section cannot sit inside itself or one of its own subsections.");
  const depth = sectionTrail(tree, parentId).length + 1 + (movingId ? subtreeDepth(tree, movingId) : 0);
  if (depth > SECTION_DEPTH_MAX) throw new AppError("VALIDATION", `Sections nest at most ${SECTION_DEPTH_MAX} deep (e.g. World > Asia > China).`);
  return { parentId, path: pathFor(parent.path, slug) };
}

// How many levels sit below a section (0 for a leaf).
function subtreeDepth(tree: SectionNode[], id: string): number {
  const ordered = orderSections(tree);
  const self = ordered.find((s) => s.id === id);
  const below = subtreeIds(tree, id).map((sid) => ordered.find((s) => s.id === sid)?.depth ?? 0);
  return Math.max(...below) - (self?.depth ?? 0);
}

function assertPathFree(tree: SectionNode[], path: string, ownId: string | null): void {
  const taken = tree.find((s) => s.path === path && s.id !== ownId);
  if (taken) throw new AppError("CONFLICT", `The section “${taken.name}” already lives at /sections/${path}. Choose another name or address.`);
}

export async function createSection(actor: Actor, input: SectionFields, ip: string | null = null): Promise<{ id: string; path: string }> {
  assertAllowed(actor);
  return db.$transaction(async (tx) => {
    const tree = await readTree(tx);
    if (tree.length >= SECTIONS_MAX) throw new AppError("VALIDATION", `A site has at most ${SECTIONS_MAX} sections.`);
    const slug = slugFor(input);
    const place = placeUnder(tree, input.parentId, null, slug);
    assertPathFree(tree, place.path, null);
    // An old address of another section is taken over by the new one.
    await tx.sectionRedirect.deleteMany({ where: { fromPath: place.path } });
    const section = await tx.section.create({
      data: { name: input.name, slug, path: place.path, description: input.description, position: input.position, parentId: place.parentId },
      select: { id: true, path: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "section.create", targetType: "section", targetId: section.id, ip, details: { name: input.name, path: section.path } });
    // Webhooks (issue 16): in this transaction, so a change that rolls back sends nothing.
    await reportSectionChange(tx, { change: "created", section: sectionRef({ id: section.id, name: input.name, slug, path: section.path, parentId: place.parentId }) });
    return section;
  });
}

/**
 * Renames, describes, reorders or moves a section. When its address changes (a new slug
 * or parent), its subsections move with it, and every old address answers 301 to the
 * new one, forever (section_redirects).
 */
export async function updateSection(actor: Actor, id: string, input: SectionFields, ip: string | null = null): Promise<{ path: string; moved: boolean }> {
  assertAllowed(actor);
  return db.$transaction(async (tx) => {
    const tree = await readTree(tx);
    const section = tree.find((s) => s.id === id);
    if (!section) throw new AppError("NOT_FOUND", "That section no longer exists.");
    const slug = slugFor(input);
    const place = placeUnder(tree, input.parentId, id, slug);
    assertPathFree(tree, place.path, id);
    const moved = place.path !== section.path;
    let renames: { id: string; from: string; to: string }[] = [];
    if (moved) {
      const subtree = subtreeIds(tree, id).map((sid) => tree.find((s) => s.id === sid)!);
      renames = subtree.map((s) => ({ id: s.id, from: s.path, to: place.path + s.path.slice(section.path.length) }));
      for (const r of renames) assertPathFree(tree.filter((s) => !renames.some((x) => x.id === s.id)), r.to, r.id);
      // A new address is nobody's old address any more; each old one leads here.
      await tx.sectionRedirect.deleteMany({ where: { fromPath: { in: renames.map((r) => r.to) } } });
      // Paths are unique: park the subtree first so a swap within it cannot collide.
      for (const r of renames) await tx.section.update({ where: { id: r.id }, data: { path: `~moving~${r.id}` } });
      for (const r of renames) {
        await tx.section.update({ where: { id: r.id }, data: { path: r.to } });
        await tx.sectionRedirect.upsert({ where: { fromPath: r.from }, create: { fromPath: r.from, sectionId: r.id }, update: { sectionId: r.id } });
      }
    }
    await tx.section.update({ where: { id }, data: { name: input.name, slug, description: input.description, position: input.position, parentId: place.parentId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: moved ? "section.move" : "section.update",
      targetType: "section",
      targetId: id,
      ip,
      details: { name: input.name, ...(input.name !== section.name ? { fromName: section.name } : {}), ...(moved ? { fromPath: section.path, toPath: place.path } : {}) },
    });
    const change = place.parentId !== section.parentId ? "moved" : input.name !== section.name || slug !== section.slug ? "renamed" : "updated";
    await reportSectionChange(tx, {
      change,
      section: sectionRef({ id, name: input.name, slug, path: place.path, parentId: place.parentId }),
      ...(change === "updated" ? {} : { previous: { name: section.name, slug: section.slug, path: section.path, parentId: section.parentId } }),
      ...(moved ? { paths: renames } : {}),
    });
    return { path: place.path, moved };
  });
}

/** Refused while any article (in the trash too) or subsection is in the section: the desk moves them first. */
export async function deleteSection(actor: Actor, id: string, ip: string | null = null): Promise<{ name: string }> {
  assertAllowed(actor);
  return db.$transaction(async (tx) => {
    await readTree(tx);
    const section = await tx.section.findUnique({ where: { id }, select: { name: true, slug: true, path: true, parentId: true, _count: { select: { articles: true, children: true } } } });
    if (!section) throw new AppError("NOT_FOUND", "That section no longer exists.");
    const { articles, children } = section._count;
    if (articles > 0) {
      throw new AppError("CONFLICT", `“${section.name}” still has ${articles} ${articles === 1 ? "article" : "articles"} (the trash counts too). Move them to another section first.`);
    }
    if (children > 0) throw new AppError("CONFLICT", `“${section.name}” still has ${children} ${children === 1 ? "subsection" : "subsections"}. Move or delete them first.`);
    await tx.section.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "section.delete", targetType: "section", targetId: id, ip, details: { name: section.name, path: section.path } });
    await reportSectionChange(tx, { change: "deleted", section: sectionRef({ id, name: section.name, slug: section.slug, path: section.path, parentId: section.parentId }, false) });
    return { name: section.name };
  });
}
