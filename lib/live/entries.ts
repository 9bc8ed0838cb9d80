import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, canChangeLiveEntry, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ServiceContext } from "@/lib/articles/context";
import type { ContentDocument } from "@/lib/content/types";
import type { LiveEntryChange } from "@/lib/generated/prisma/enums";
import { assertImagesHaveAlt } from "@/lib/media/assert-images-have-alt";
import { reportLiveEntryPosted } from "@/lib/webhooks/live-entry-event";
import { liveState } from "@/lib/live/live-state";

export type PostedLiveEntry = { id: string; articleId: string; postedAt: Date };

type EntryFields = { headline: string; body: ContentDocument; keyEvent: boolean };

/**
 * Posts one entry into a live article: its own row, its first revision and its audit
 * row in one transaction. Nothing locks the article: concurrent posts from several
 * reporters each insert their own row, so none overwrites another and nobody waits on
 * anyone's edit lock. The coverage row is read FOR SHARE, so posts run side by side but
 * an "end coverage" waits for posts in flight (and a post after the end is refused).
 *
 * The `live_entry.posted` webhook is queued in the same transaction; `onPosted` runs
 * there too, for anything else that must commit with the entry.
 */
export async function postLiveEntry(
  actor: Actor,
  input: EntryFields & { articleId: string },
  context: ServiceContext & { onPosted?: (tx: Tx, entry: PostedLiveEntry) => Promise<void> } = {},
): Promise<PostedLiveEntry> {
  const now = context.now ?? new Date();
  if (!can(actor, "live.post")) throw new AppError("FORBIDDEN", "Your role does not allow posting live entries.");
  await assertImagesHaveAlt(input.body);
  return db.$transaction(async (tx) => {
    const [coverage] = await tx.$queryRaw<{ ends_at: Date | null; starts_at: Date; deleted_at: Date | null }[]>`
      SELECT c.starts_at, c.ends_at, a.deleted_at FROM live_coverages c JOIN articles a ON a.id = c.article_id
      WHERE c.article_id = ${input.articleId}::uuid FOR SHARE OF c`;
    if (!coverage || coverage.deleted_at) throw new AppError("NOT_FOUND", "This article is not live coverage (or it is in the trash).");
    if (liveState({ startsAt: coverage.starts_at, endsAt: coverage.ends_at }, now) === "ended") {
      throw new AppError("CONFLICT", "Coverage has ended. Ask an editor to reopen it before posting.");
    }
    const entry = await tx.liveEntry.create({
      data: { articleId: input.articleId, authorId: actor.id, headline: input.headline, body: input.body as Prisma.InputJsonValue, keyEvent: input.keyEvent, postedAt: now },
      select: { id: true, articleId: true, postedAt: true, headline: true, body: true, keyEvent: true, pinned: true },
    });
    await writeEntryRevision(tx, entry, "POST", actor, now);
    await recordAudit(tx, { actorId: actor.id, action: "live.entry_post", targetType: "article", targetId: input.articleId, ip: context.ip, details: { entryId: entry.id, keyEvent: input.keyEvent } });
    const posted = { id: entry.id, articleId: entry.articleId, postedAt: entry.postedAt };
    // Webhooks (issue 16): queued in this transaction, so a post that rolls back sends nothing.
    await reportLiveEntryPosted(tx, { ...posted, headline: entry.headline }, now);
    if (context.onPosted) await context.onPosted(tx, posted);
    return posted;
  });
}

/** Corrects an entry's words (readers see it as "Updated"). The poster or an editor. */
export async function editLiveEntry(actor: Actor, input: EntryFields & { entryId: string }, context: ServiceContext = {}): Promise<{ articleId: string }> {
  const now = context.now ?? new Date();
  await assertImagesHaveAlt(input.body);
  return changeEntry(actor, input.entryId, "EDIT", context, now, async (tx) =>
    tx.liveEntry.update({
      where: { id: input.entryId },
      data: { headline: input.headline, body: input.body as Prisma.InputJsonValue, keyEvent: input.keyEvent, editedAt: now },
      select: ENTRY_SNAPSHOT,
    }),
  );
}

/** Pins an entry above the stream (or unpins it). Editors only. */
export async function pinLiveEntry(actor: Actor, input: { entryId: string; pinned: boolean }, context: ServiceContext = {}): Promise<{ articleId: string }> {
  const now = context.now ?? new Date();
  if (!can(actor, "live.manage")) throw new AppError("FORBIDDEN", "Only editors can pin entries.");
  return changeEntry(actor, input.entryId, input.pinned ? "PIN" : "UNPIN", context, now, async (tx) =>
    tx.liveEntry.update({ where: { id: input.entryId }, data: { pinned: input.pinned }, select: ENTRY_SNAPSHOT }),
  );
}

/** Takes an entry off the page. The row and its history stay (deletedAt). */
export async function deleteLiveEntry(actor: Actor, entryId: string, context: ServiceContext = {}): Promise<{ articleId: string }> {
  const now = context.now ?? new Date();
  return changeEntry(actor, entryId, "DELETE", context, now, async (tx) =>
    tx.liveEntry.update({ where: { id: entryId }, data: { deletedAt: now, pinned: false }, select: ENTRY_SNAPSHOT }),
  );
}

const ENTRY_SNAPSHOT = { id: true, articleId: true, headline: true, body: true, keyEvent: true, pinned: true } as const;
type EntrySnapshot = { id: string; articleId: string; headline: string; body: unknown; keyEvent: boolean; pinned: boolean };

const AUDIT_ACTION: Record<LiveEntryChange, string> = {
  POST: "live.entry_post",
  EDIT: "live.entry_edit",
  PIN: "live.entry_pin",
  UNPIN: "live.entry_unpin",
  DELETE: "live.entry_delete",
};

// Loads and locks the one entry (never the article), checks who may change it, applies
// the change and writes its revision and audit row, all in one transaction.
async function changeEntry(
  actor: Actor,
  entryId: string,
  change: LiveEntryChange,
  context: ServiceContext,
  now: Date,
  apply: (tx: Tx) => Promise<EntrySnapshot>,
): Promise<{ articleId: string }> {
  return db.$transaction(async (tx) => {
    const [stored] = await tx.$queryRaw<{ author_id: string | null; article_id: string; deleted_at: Date | null }[]>`
      SELECT author_id, article_id, deleted_at FROM live_entries WHERE id = ${entryId}::uuid FOR UPDATE`;
    if (!stored || stored.deleted_at) throw new AppError("NOT_FOUND", "That entry does not exist (it may have been deleted).");
    if (!canChangeLiveEntry(actor, { authorId: stored.author_id })) throw new AppError("FORBIDDEN", "Only the entry's author or an editor can change it.");
    const entry = await apply(tx);
    await writeEntryRevision(tx, entry, change, actor, now);
    await recordAudit(tx, { actorId: actor.id, action: AUDIT_ACTION[change], targetType: "article", targetId: stored.article_id, ip: context.ip, details: { entryId } });
    return { articleId: stored.article_id };
  });
}

async function writeEntryRevision(tx: Tx, entry: EntrySnapshot, change: LiveEntryChange, actor: Actor, now: Date): Promise<void> {
  await tx.liveEntryRevision.create({
    data: { entryId: entry.id, change, headline: entry.headline, body: entry.body as Prisma.InputJsonValue, keyEvent: entry.keyEvent, pinned: entry.pinned, actorId: actor.id, createdAt: now },
  });
}
