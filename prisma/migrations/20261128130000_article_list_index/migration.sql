-- Issue 6: the newsroom's article list orders every article by last change; without
-- this index it read and sorted the whole table (100,000 articles: see docs/performance.md).

-- CreateIndex
CREATE INDEX "articles_updated_at_id_idx" ON "articles"("updated_at" DESC, "id" DESC);
