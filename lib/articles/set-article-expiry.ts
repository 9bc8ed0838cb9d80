import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { zonedLocalToDate } from "@/lib/articles/zoned-time";
import { siteTimeZone } from "@/lib/site";
import { localTimeSchema } from "@/lib/site-chrome/types";

// Issue 13: an article's end time (takedown). From that moment the public rule leaves it
// out everywhere (lib/articles/public-filter.ts), with no job; an editor may set, move
// (extend) or clear it at any time, before or after it passed.
export const setExpirySchema = z.object({
  articleId: z.uuid("That article does not exist."),
  expiresAt: localTimeSchema.default(""),
});
export type SetExpiryInput = z.infer<typeof setExpirySchema>;

type Context = { actorId: string; ip?: string | null; now: Date };

export async function setArticleExpiry(input: SetExpiryInput, { actorId, ip, now }: Context): Promise<{ expiresAt: Date | null }> {
  const expiresAt = input.expiresAt ? zonedLocalToDate(input.expiresAt, siteTimeZone()) : null;
  if (input.expiresAt && !expiresAt) throw new AppError("VALIDATION", "That time does not exist in the site's time zone. Choose another.");
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION", "That time has passed. To take the article down now, unpublish it; or choose a time in the future.");
  }
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ expires_at: Date | null }[]>`SELECT "expires_at" FROM "articles" WHERE "id" = ${input.articleId}::uuid AND "deleted_at" IS NULL FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND", "That article does not exist or is in the trash.");
    const before = rows[0]!.expires_at;
    await tx.article.update({ where: { id: input.articleId }, data: { expiresAt } });
    await recordAudit(tx, {
      actorId,
      ip,
      action: expiresAt ? "article.expiry_set" : "article.expiry_cleared",
      targetType: "article",
      targetId: input.articleId,
      details: { from: before?.toISOString() ?? null, to: expiresAt?.toISOString() ?? null },
    });
    return { expiresAt };
  });
}
