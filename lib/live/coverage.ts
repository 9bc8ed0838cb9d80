import "server-only";
import { db } from "@/lib/db";
import { queryDb } from "@/lib/db/connections";
import { sql, type SqlQuery } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import type { ServiceContext } from "@/lib/articles/context";
import type { CoverageWindow } from "@/lib/live/live-state";

export type LiveCoverageView = CoverageWindow & { updatedAt: Date };

export function getLiveCoverage(articleId: string): Promise<LiveCoverageView | null> {
  return db.liveCoverage.findUnique({ where: { articleId }, select: { startsAt: true, endsAt: true, updatedAt: true } });
}

/**
 * Switches an article to live coverage, or changes its window. `startsAt` defaults to
 * now (or stays as it was); `endsAt` null leaves it open. Editors only; audited.
 */
export async function setLiveCoverage(
  actor: Actor,
  input: { articleId: string; startsAt?: Date; endsAt?: Date | null },
  context: ServiceContext = {},
): Promise<CoverageWindow> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.articleId);
    assertAllowed(can(actor, "live.manage", article), "Only editors can start or end live coverage.");
    const existing = await tx.liveCoverage.findUnique({ where: { articleId: article.id }, select: { startsAt: true } });
    const startsAt = input.startsAt ?? existing?.startsAt ?? now;
    const endsAt = input.endsAt ?? null;
    if (endsAt && endsAt.getTime() <= startsAt.getTime()) throw new AppError("VALIDATION", "Coverage must end after it starts.");
    const coverage = await tx.liveCoverage.upsert({
      where: { articleId: article.id },
      create: { articleId: article.id, startsAt, endsAt },
      update: { startsAt, endsAt },
      select: { startsAt: true, endsAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "live.coverage_change" : "live.coverage_start",
      targetType: "article",
      targetId: article.id,
      ip: context.ip,
      details: { startsAt: startsAt.toISOString(), endsAt: endsAt?.toISOString() ?? null },
    });
    return coverage;
  });
}

/** Ends coverage now: the page says so, stops polling and keeps every entry. */
export async function endLiveCoverage(actor: Actor, articleId: string, context: ServiceContext = {}): Promise<CoverageWindow> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, articleId);
    assertAllowed(can(actor, "live.manage", article), "Only editors can start or end live coverage.");
    const existing = await tx.liveCoverage.findUnique({ where: { articleId }, select: { startsAt: true, endsAt: true } });
    if (!existing) throw new AppError("VALIDATION", "This article is not live coverage.");
    if (existing.endsAt && existing.endsAt <= now) throw new AppError("CONFLICT", "Coverage has already ended.");
    const coverage = await tx.liveCoverage.update({
      where: { articleId },
      data: { endsAt: now, startsAt: existing.startsAt > now ? now : existing.startsAt },
      select: { startsAt: true, endsAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "live.coverage_end", targetType: "article", targetId: articleId, ip: context.ip, details: { endedAt: now.toISOString() } });
    return coverage;
  });
}

/**
 * The next moment some coverage starts or ends by the clock alone (no save announces
 * it): pages showing a LIVE label or a live page's state must not be served past it.
 * Two index lookups (live_coverages_starts_at_idx, live_coverages_ends_at_idx).
 */
export async function readNextLiveBoundary(now = new Date()): Promise<Date | null> {
  const [row] = await queryDb<{ at: Date | null }>(sql`SELECT ${nextLiveBoundarySql(now)} AS at`);
  return row?.at ?? null;
}

/**
 * readNextLiveBoundary as one SQL expression (NULL when there is none), so the
 * publication clock asks for it in its own single statement. LEAST skips NULLs.
 */
export function nextLiveBoundarySql(now: Date): SqlQuery {
  const at = now.toISOString();
  return sql`LEAST(
    (SELECT l.starts_at FROM live_coverages l WHERE l.starts_at > ${at}::timestamptz ORDER BY l.starts_at LIMIT 1),
    (SELECT l.ends_at FROM live_coverages l WHERE l.ends_at > ${at}::timestamptz ORDER BY l.ends_at LIMIT 1))`;
}
