import "server-only";
import type { Tx } from "@/lib/db";

// Revision retention (docs/workflow.md, "Revisions are kept"): an article's full history
// is kept for REVISION_RETENTION.fullHistoryDays; older unnamed revisions (plain saves
// and autosaves without a note) are thinned to the newest of each day (UTC). A named
// revision (a status change, a restore, an import, or any save that carries a note,
// such as "Minor fix") is never deleted.
export const REVISION_RETENTION = { fullHistoryDays: 14, maxDeletesPerWrite: 20 } as const;

// Runs in the transaction that writes a new revision of the same article, so the history
// is thinned as it grows, with no job and no loop: at most maxDeletesPerWrite rows go per
// write (oldest first), and an article with a backlog catches up over its next saves.
export async function pruneRevisions(tx: Tx, articleId: string): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM revisions WHERE id IN (
      SELECT id FROM (
        SELECT id, created_at,
               row_number() OVER (PARTITION BY date_trunc('day', created_at AT TIME ZONE 'UTC') ORDER BY created_at DESC, id DESC) AS newest
        FROM revisions
        WHERE article_id = ${articleId}::uuid
          AND kind IN ('SAVE', 'AUTOSAVE')
          AND note = ''
          AND created_at < now() - make_interval(days => ${REVISION_RETENTION.fullHistoryDays})
      ) unnamed
      WHERE newest > 1
      ORDER BY created_at
      LIMIT ${REVISION_RETENTION.maxDeletesPerWrite}
    )`;
}
