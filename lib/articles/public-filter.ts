import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// What a reader may see: published or scheduled, its publication time has come, and
// not in the trash. Every public query goes through this filter, which is why a
// scheduled article goes live at its time with no job to run: the query itself is
// the embargo.
export function publicArticleWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now }, deletedAt: null };
}

/** The same filter for raw SQL over `articles a` (full-text search). */
export function publicArticleSql(now = new Date()): Prisma.Sql {
  // An ISO time with its zone: the driver would send a Date without one.
  return Prisma.sql`a."status" IN ('PUBLISHED', 'SCHEDULED') AND a."published_at" <= ${now.toISOString()}::timestamptz AND a."deleted_at" IS NULL`;
}
