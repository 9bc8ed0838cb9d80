import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadArticleRef, assertAllowed } from "@/lib/articles/article-ref";
import { effectiveStatus } from "@/lib/articles/transitions";
import { publicArticleWhere } from "@/lib/articles/public-filter";
import { boundPage } from "@/lib/page-param";
import { z } from "zod";
import { CorrectionKind } from "@/lib/generated/prisma/enums";
import { articleIdSchema } from "@/lib/articles/schema";
import type { ServiceContext } from "@/lib/articles/context";
import { articleEventData } from "@/lib/webhooks/article-event";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";

export type CorrectionNote = { id: string; kind: CorrectionKind; text: string; createdAt: Date };
export type CorrectionListItem = CorrectionNote & { article: { slug: string; headline: string } };

export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  CORRECTION: "Correction",
  CLARIFICATION: "Clarification",
  UPDATE: "Update",
};

export const addCorrectionSchema = z.object({
  articleId: articleIdSchema,
  kind: z.enum(CorrectionKind, { error: "Choose correction, clarification or update." }),
  text: z.string().trim().min(1, "Write the note readers will see.").max(2000, "Keep the note under 2,000 characters."),
});

// A dated note on a live article. It changes the article's modified time, which
// readers see as "Updated".
export async function addCorrection(actor: Actor, input: { articleId: string; kind: CorrectionKind; text: string }, context: ServiceContext = {}) {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const article = await loadArticleRef(tx, input.articleId);
    assertAllowed(can(actor, "article.correct", article), "Only editors can add corrections.");
    if (effectiveStatus(article.status, article.publishedAt, now) !== "PUBLISHED") {
      throw new AppError("VALIDATION", "Corrections are for published articles. Edit the draft instead.");
    }
    const correction = await tx.correction.create({
      data: { articleId: input.articleId, kind: input.kind, text: input.text, authorId: actor.id, createdAt: now },
      select: { id: true },
    });
    await tx.article.update({ where: { id: input.articleId }, data: { modifiedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.correction",
      targetType: "article",
      targetId: input.articleId,
      ip: context.ip,
      details: { correctionId: correction.id, kind: input.kind },
    });
    const eventData = await articleEventData(tx, input.articleId);
    await enqueueWebhookEvent(tx, {
      type: "article.correction_added",
      data: { ...eventData, correction: { id: correction.id, kind: input.kind, text: input.text, createdAt: now.toISOString() } },
      now,
    });
    return correction;
  });
}

export function listArticleCorrections(articleId: string): Promise<CorrectionNote[]> {
  return db.correction.findMany({ where: { articleId }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, text: true, createdAt: true } });
}

export const CORRECTIONS_PAGE_SIZE = 50;

// /corrections: every note on an article readers can see, newest first.
export async function listPublicCorrections(options: { page?: number; now?: Date } = {}): Promise<{ items: CorrectionListItem[]; hasNext: boolean }> {
  const take = CORRECTIONS_PAGE_SIZE;
  const page = boundPage(options.page, take);
  if (page === null) return { items: [], hasNext: false };
  const rows = await db.correction.findMany({
    where: { article: publicArticleWhere(options.now) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * take,
    take: take + 1,
    select: { id: true, kind: true, text: true, createdAt: true, article: { select: { slug: true, headline: true } } },
  });
  return { items: rows.slice(0, take), hasNext: rows.length > take };
}
