import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { pinnedIds } from "@/lib/fronts/assign-stories";
import { HOME_FRONT, type FrontBlocks } from "@/lib/fronts/schema";

/** How far ahead a layout may be scheduled. */
export const SCHEDULE_AHEAD_MAX_DAYS = 30;

export type FrontChange =
  | { kind: "DRAFT"; blocks: FrontBlocks }
  | { kind: "PUBLISH"; blocks: FrontBlocks }
  | { kind: "SCHEDULE"; blocks: FrontBlocks; at: Date };

function assertAllowed(actor: Actor): void {
  if (!can(actor, "front.edit")) throw new AppError("FORBIDDEN", "Only editors and admins change fronts.");
}

/** The front's row, made on its first change; a section front needs its section. */
async function ensureFront(tx: Tx, key: string): Promise<{ id: string; sectionId: string | null }> {
  const sectionId = key === HOME_FRONT ? null : key.slice("section:".length);
  if (sectionId && !(await tx.section.findUnique({ where: { id: sectionId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "That section no longer exists.");
  }
  return tx.front.upsert({ where: { key }, create: { key, sectionId }, update: {}, select: { id: true, sectionId: true } });
}

// Pinned stories and section blocks must name rows that exist (whether a story is public
// is decided when the front is shown, so a scheduled story may be pinned ahead).
async function assertReferencesExist(tx: Tx, blocks: FrontBlocks): Promise<void> {
  const pins = pinnedIds(blocks);
  if (pins.length > 0) {
    const found = await tx.article.findMany({ where: { id: { in: pins }, deletedAt: null }, select: { id: true } });
    if (found.length !== pins.length) throw new AppError("VALIDATION", "A picked story was deleted meanwhile; remove it and pick again.");
  }
  const sectionIds = [...new Set(blocks.flatMap((b) => (b.type === "section" ? [b.sectionId] : [])))];
  if (sectionIds.length > 0) {
    const found = await tx.section.count({ where: { id: { in: sectionIds } } });
    if (found !== sectionIds.length) throw new AppError("VALIDATION", "A section block names a section that no longer exists; choose another.");
  }
}

/**
 * Saves a draft, publishes now, or schedules a layout: each is a new revision (who,
 * when), with its audit row, in one transaction. Nothing runs when a scheduled layout's
 * time comes: the live-layout query picks it up, and the front's cache ends then.
 */
export async function saveFront(actor: Actor, key: string, change: FrontChange, now: Date, ip: string | null = null): Promise<{ revisionId: string }> {
  assertAllowed(actor);
  if (change.kind === "SCHEDULE") {
    if (change.at.getTime() <= now.getTime()) throw new AppError("VALIDATION", "Choose a time in the future, or publish now.");
    if (change.at.getTime() > now.getTime() + SCHEDULE_AHEAD_MAX_DAYS * 86_400_000) throw new AppError("VALIDATION", `Schedule at most ${SCHEDULE_AHEAD_MAX_DAYS} days ahead.`);
  }
  return db.$transaction(async (tx) => {
    const front = await ensureFront(tx, key);
    await assertReferencesExist(tx, change.blocks);
    const liveFrom = change.kind === "PUBLISH" ? now : change.kind === "SCHEDULE" ? change.at : null;
    const revision = await tx.frontRevision.create({
      data: { frontId: front.id, kind: change.kind, blocks: change.blocks, liveFrom, authorId: actor.id, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `front.${change.kind.toLowerCase()}`,
      targetType: "front",
      targetId: key,
      ip,
      details: { revisionId: revision.id, ...(liveFrom ? { liveFrom: liveFrom.toISOString() } : {}) },
    });
    return { revisionId: revision.id };
  });
}

/** One click: an earlier layout becomes the live one now (as a new revision; history is append-only). */
export async function restoreFrontRevision(actor: Actor, key: string, revisionId: string, now: Date, ip: string | null = null): Promise<void> {
  assertAllowed(actor);
  await db.$transaction(async (tx) => {
    const old = await tx.frontRevision.findFirst({ where: { id: revisionId, front: { key } }, select: { frontId: true, blocks: true, createdAt: true } });
    if (!old) throw new AppError("NOT_FOUND", "That revision no longer exists.");
    const revision = await tx.frontRevision.create({
      data: { frontId: old.frontId, kind: "RESTORE", blocks: old.blocks ?? [], liveFrom: now, authorId: actor.id, createdAt: now, note: `Restored the layout of ${old.createdAt.toISOString()}` },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "front.restore", targetType: "front", targetId: key, ip, details: { from: revisionId, revisionId: revision.id } });
  });
}

/** Calls off a scheduled layout before its time. */
export async function withdrawScheduledLayout(actor: Actor, key: string, revisionId: string, now: Date, ip: string | null = null): Promise<void> {
  assertAllowed(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.frontRevision.updateMany({
      where: { id: revisionId, front: { key }, kind: "SCHEDULE", withdrawnAt: null, liveFrom: { gt: now } },
      data: { withdrawnAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "That layout is no longer waiting: it went live or was called off already.");
    await recordAudit(tx, { actorId: actor.id, action: "front.withdraw", targetType: "front", targetId: key, ip, details: { revisionId } });
  });
}
