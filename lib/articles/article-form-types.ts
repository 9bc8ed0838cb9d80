import type { ArticleStatus } from "@/lib/generated/prisma/client";
import type { ConflictSnapshot } from "@/lib/articles/describe-conflict";

// Shapes the article form and its server actions exchange. They live here, not beside
// the actions in app/, so components can name them without importing from app/.

export type SaveResult = {
  saved?: {
    id: string;
    slug: string;
    version: number;
    status: ArticleStatus;
    publishedAt: string | null;
    /** Comment threads started while this form was open, whose marks the save put on their words (issue 17). */
    carriedComments?: { threadId: string; quote: string }[];
  };
  conflict?: ConflictSnapshot;
};

/** Who holds the article's editing lock, as the browser sees it. */
export type LockView = { held: "mine" | "none" } | { held: "other"; by: string; since: string };

export type AutosaveResult = { savedAt: string; lock: LockView };
