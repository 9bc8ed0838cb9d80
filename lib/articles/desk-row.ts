import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// The newsroom list's row as the page sends it to its table (components/admin/desk-table.tsx).
// Browser-safe: the server page builds rows with it and the client table reads them.

/** The statuses in the order a row names them by (its third item). */
export const DESK_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const satisfies readonly ArticleStatus[];

/**
 * One row, as compact as the page can send it: a tuple, so the page's React payload does
 * not repeat key names fifty times.
 * [id, headline, status readers would see (its index in DESK_STATUSES; a scheduled
 * article whose time has come is published), bylines, tags, last update in whole seconds
 * since 1970, last update as the newsroom reads it, and while a scheduled article waits
 * "for 6 Dec 2026, 09:00"]
 */
export type DeskRow = [id: string, headline: string, status: number, bylines: string, tags: string, updatedSeconds: number, updatedLabel: string, scheduledFor?: string];
