import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { LOCK_TTL_MS } from "@/lib/articles/context";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";

export type LockState =
  | { held: "mine"; since: Date }
  | { held: "other"; by: string; byId: string; since: Date; lastSeen: Date }
  | { held: "none" };

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

function isFresh(heartbeatAt: Date, now: Date): boolean {
  return now.getTime() - heartbeatAt.getTime() < LOCK_TTL_MS;
}

export async function readLock(articleId: string, userId: string, now = new Date()): Promise<LockState> {
  const lock = await db.editLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
  if (!lock || !isFresh(lock.heartbeatAt, now)) return { held: "none" };
  if (lock.userId === userId) return { held: "mine", since: lock.acquiredAt };
  return { held: "other", by: lock.user.name, byId: lock.userId, since: lock.acquiredAt, lastSeen: lock.heartbeatAt };
}

// Heartbeat from an open editor: keeps (or takes, when free or stale) the lock. When
// someone else holds it the answer says who, and nothing changes.
export async function heartbeatLock(actor: Actor, articleId: string, options: { takeOver?: boolean; now?: Date } = {}): Promise<LockState> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, articleId);
    assertAllowed(can(actor, "article.edit", article), "You can read this article but not edit it.");
    const lock = await tx.editLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
    if (lock && lock.userId !== actor.id && isFresh(lock.heartbeatAt, now) && !options.takeOver) {
      return { held: "other" as const, by: lock.user.name, byId: lock.userId, since: lock.acquiredAt, lastSeen: lock.heartbeatAt };
    }
    const keep = lock && lock.userId === actor.id && isFresh(lock.heartbeatAt, now);
    const saved = await tx.editLock.upsert({
      where: { articleId },
      create: { articleId, userId: actor.id, acquiredAt: now, heartbeatAt: now },
      update: { userId: actor.id, heartbeatAt: now, ...(keep ? {} : { acquiredAt: now }) },
    });
    return { held: "mine" as const, since: saved.acquiredAt };
  });
}

// Inside a save: refuse when someone else took the article over, and keep the lock
// fresh for the one saving.
export async function assertHoldsLock(tx: Tx, actor: Actor, articleId: string, now: Date): Promise<void> {
  const lock = await tx.editLock.findUnique({ where: { articleId }, include: { user: { select: { name: true } } } });
  if (lock && lock.userId !== actor.id && isFresh(lock.heartbeatAt, now)) {
    throw new AppError(
      "CONFLICT",
      `${lock.user.name} took over editing at ${TIME_FORMAT.format(lock.acquiredAt)} UTC. Nothing was saved and your text is still here: press “Take over” to edit again, then save.`,
    );
  }
  await tx.editLock.upsert({
    where: { articleId },
    create: { articleId, userId: actor.id, acquiredAt: now, heartbeatAt: now },
    update: { userId: actor.id, heartbeatAt: now, ...(lock?.userId === actor.id ? {} : { acquiredAt: now }) },
  });
}
