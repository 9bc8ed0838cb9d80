import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What a reader may see: published, and its publication time has come. Every public
// query goes through this filter.
export function publicArticleWhere(now = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}
