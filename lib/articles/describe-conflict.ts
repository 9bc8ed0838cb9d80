import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { documentToPlainText } from "@/lib/content/plain-text";
import type { ContentDocument } from "@/lib/content/types";

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// The stored article a refused save collided with, so the editor can show the
// differences next to the words the person is still holding.
export type ConflictSnapshot = {
  version: number;
  headline: string;
  standfirst: string;
  bodyText: string;
  tags: string[];
  changedBy: string;
  changedAt: string;
};

export class ArticleConflictError extends AppError {
  readonly snapshot: ConflictSnapshot | null;
  constructor(message: string, snapshot: ConflictSnapshot | null) {
    super("CONFLICT", message);
    this.snapshot = snapshot;
  }
}

export async function describeConflict(tx: Tx, id: string): Promise<string> {
  return (await buildConflict(tx, id)).message;
}

export async function buildConflict(tx: Tx, id: string): Promise<ArticleConflictError> {
  const latest = await tx.article.findUnique({
    where: { id },
    select: {
      version: true,
      headline: true,
      standfirst: true,
      body: true,
      updatedAt: true,
      updatedBy: { select: { name: true } },
      tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true } } } },
    },
  });
  const who = latest?.updatedBy?.name ?? "Someone";
  const when = latest ? `${TIME_FORMAT.format(latest.updatedAt)} UTC` : "just now";
  const message = `${who} changed this article at ${when}, after you opened it. Nothing was overwritten and your text is still here: review the differences below, then save again.`;
  const snapshot = latest
    ? {
        version: latest.version,
        headline: latest.headline,
        standfirst: latest.standfirst,
        bodyText: documentToPlainText(latest.body as ContentDocument),
        tags: latest.tags.map((t) => t.tag.name),
        changedBy: who,
        changedAt: latest.updatedAt.toISOString(),
      }
    : null;
  return new ArticleConflictError(message, snapshot);
}
