import "server-only";
import type { Tx } from "@/lib/db";

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export async function describeConflict(tx: Tx, id: string): Promise<string> {
  const latest = await tx.article.findUnique({
    where: { id },
    select: { updatedAt: true, updatedBy: { select: { name: true } } },
  });
  const who = latest?.updatedBy?.name ?? "Someone";
  const when = latest ? `${TIME_FORMAT.format(latest.updatedAt)} UTC` : "just now";
  return `${who} changed this article at ${when}, after you opened it. Nothing was overwritten and your text is still here: copy what you need, reload to see their version, then save again.`;
}
