import "server-only";
import { db } from "@/lib/db";

// When cached public pages must expire next: the earliest scheduled publication still
// in the future (null when none). The reader site's caching uses this so an embargo
// lifts on time without a job.
export async function nextScheduledPublication(now = new Date()): Promise<Date | null> {
  const next = await db.article.findFirst({
    where: { status: "SCHEDULED", publishedAt: { gt: now }, deletedAt: null },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}
