-- Issue 13: an article's end time (takedown). Public reads leave it out from then on
-- (lib/articles/public-filter.ts); the publication clock finds the next one through the index.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "expires_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "articles_expires_at_idx" ON "articles"("expires_at");
