import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeRevision } from "@/lib/articles/write-revision";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { describeConflict } from "@/lib/articles/describe-conflict";
import { TRANSITIONS, effectiveStatus, type TransitionName } from "@/lib/articles/transitions";
import { assertReadyToPublish } from "@/lib/articles/assert-ready-to-publish";
import type { ServiceContext } from "@/lib/articles/context";
import { reportArticleEvent } from "@/lib/webhooks/article-event";
import { scheduleArticleDue } from "@/lib/webhooks/enqueue";

export type TransitionRequest = {
  id: string;
  transition: TransitionName;
  // The version the person was looking at; omitted only when the caller has just
  // saved in the same transaction.
  version?: number;
  note?: string;
  publishAt?: Date | null;
};

const DENIED: Partial<Record<TransitionName, string>> = {
  publish: "Your role does not allow this: only editors publish. Submit the article for review and an editor will publish it.",
  schedule: "Your role does not allow this: only editors schedule. Submit the article for review and an editor will schedule it.",
  unpublish: "Your role does not allow this: only editors unpublish. Ask an editor.",
  send_back: "Only editors can send an article back.",
  submit: "Only the article's authors can submit it while it is a draft.",
};

export async function transitionArticle(actor: Actor, request: TransitionRequest, context: ServiceContext = {}) {
  return db.$transaction((tx) => applyTransition(tx, actor, request, context));
}

// The one function that changes an article's status: checks the permission against
// the stored row, that the change is valid from its current state, and records a
// revision (with the note) and an audit event in the same transaction.
export async function applyTransition(tx: Tx, actor: Actor, request: TransitionRequest, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  const rule = TRANSITIONS[request.transition];
  const current = await loadArticleRef(tx, request.id);
  assertAllowed(can(actor, rule.permission, current), DENIED[request.transition]);
  if (request.version !== undefined && request.version !== current.version) {
    throw new AppError("CONFLICT", await describeConflict(tx, request.id));
  }
  const from = effectiveStatus(current.status, current.publishedAt, now);
  if (!rule.from.includes(from)) {
    throw new AppError("VALIDATION", `An article that is ${from.toLowerCase().replace("_", " ")} cannot be changed this way (${rule.label.toLowerCase()}). Reload to see its current state.`);
  }
  const note = request.note?.trim() ?? "";
  if (request.transition === "send_back" && !note) {
    throw new AppError("VALIDATION", "Write a note telling the reporter what to change.", { note: ["Write a note for the reporter."] });
  }
  // The pre-publish check's blocking items (lib/articles/prepublish-rules.ts), on the stored row.
  if (request.transition === "publish" || request.transition === "schedule") {
    await assertReadyToPublish(tx, request.id, now, request.transition === "publish" ? "Not published" : "Not scheduled");
  }

  let publishedAt: Date | undefined;
  if (request.transition === "schedule") {
    const at = request.publishAt;
    if (!at) throw new AppError("VALIDATION", "Choose when to publish.", { publishAt: ["Choose a date and time."] });
    if (at.getTime() <= now.getTime()) {
      throw new AppError("VALIDATION", "That time has passed. Choose a time in the future, or press Publish now.", { publishAt: ["Choose a time in the future."] });
    }
    publishedAt = at;
  } else if (request.transition === "publish") {
    // The first publication time stands; a scheduled time not yet reached is replaced by now.
    publishedAt = current.publishedAt && current.publishedAt.getTime() <= now.getTime() ? current.publishedAt : now;
  }
  const firstPublication = publishedAt !== undefined && publishedAt !== current.publishedAt;

  await tx.article.update({
    where: { id: request.id },
    data: {
      status: rule.to,
      publishedAt,
      ...(firstPublication ? { modifiedAt: publishedAt } : {}),
      updatedById: actor.id,
      version: { increment: 1 },
    },
  });
  // Submitting and sending back hand the article to someone else: free it for them.
  if (request.transition === "submit" || request.transition === "send_back") {
    await tx.editLock.deleteMany({ where: { articleId: request.id } });
  }
  const revisionNote = note ? `${rule.done}: ${note}` : rule.done;
  await writeRevision(tx, request.id, "STATUS", actor.id, revisionNote);
  await recordAudit(tx, {
    actorId: actor.id,
    action: `article.${request.transition}`,
    targetType: "article",
    targetId: request.id,
    ip: context.ip,
    details: { from: current.status, to: rule.to, ...(note ? { note } : {}), ...(publishedAt ? { publishedAt: publishedAt.toISOString() } : {}) },
  });
  // Webhooks, queued in this transaction: readers' view changed now (published, or
  // unpublished while live), or will change at the scheduled time. Unpublishing an
  // article that was still only scheduled tells nobody: it was never public.
  if (request.transition === "publish") await reportArticleEvent(tx, "article.published", request.id, now);
  if (request.transition === "schedule" && publishedAt) await scheduleArticleDue(tx, request.id, publishedAt);
  if (request.transition === "unpublish" && from === "PUBLISHED") await reportArticleEvent(tx, "article.unpublished", request.id, now);
  return tx.article.findUniqueOrThrow({ where: { id: request.id }, select: { id: true, slug: true, version: true, status: true, publishedAt: true } });
}
