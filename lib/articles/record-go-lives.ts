import "server-only";
import { db } from "@/lib/db";
import { writeRevision } from "@/lib/articles/write-revision";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * Issue 13, item 5: a scheduled article goes live at its time with nothing running then
 * (the public rule is the embargo). The newsroom learns of it lazily: the first newsroom
 * read after the time (the article list, an article, its history, the audit log) marks
 * every due article PUBLISHED and writes, in the same transaction, a STATUS revision and
 * an `article.went_live` audit row both dated at the publication time, not at the read.
 * The UPDATE … WHERE status = 'SCHEDULED' takes each row's lock, so two readers at once
 * cannot record one go-live twice: the second finds nothing left to change. The version
 * is not bumped, so an editor with the article open is not told of a conflict. Costs one
 * index probe (articles_status_published_at_idx) when nothing is due. See
 * docs/banner-expiry-identity.md for why this rather than deriving at every read.
 */
export async function recordDueGoLives(now = new Date()): Promise<number> {
  const due = await db.article.findFirst({ where: { status: "SCHEDULED", publishedAt: { lte: now }, deletedAt: null }, select: { id: true } });
  if (!due) return 0;
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; published_at: Date }[]>`
      UPDATE "articles" SET "status" = 'PUBLISHED'
      WHERE "status" = 'SCHEDULED' AND "published_at" <= ${now.toISOString()}::timestamptz AND "deleted_at" IS NULL
      RETURNING "id", "published_at"`;
    for (const row of rows) {
      await writeRevision(tx, row.id, "STATUS", null, "Went live at its scheduled time", row.published_at);
      await recordAudit(tx, {
        actorId: null,
        action: "article.went_live",
        targetType: "article",
        targetId: row.id,
        details: { publishedAt: row.published_at.toISOString(), recordedAt: now.toISOString() },
        at: row.published_at,
      });
    }
    return rows.length;
  });
}
