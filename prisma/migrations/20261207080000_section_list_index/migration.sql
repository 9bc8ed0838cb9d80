-- Issue 13: a section's newest public articles (front section blocks, section pages and
-- feeds) are read ORDER BY published_at DESC, id DESC. With id in the index that is the
-- index's own order, so the read walks one section's entries and stops after the page.
-- Without it PostgreSQL preferred walking articles_published_at_idx backwards and
-- filtering by section: cheap for a big section, most of the index for a small one in a
-- large archive (docs/sections-and-fronts.md, "Speed (item 7)").

-- DropIndex
DROP INDEX IF EXISTS "articles_section_id_published_at_idx";

-- CreateIndex
CREATE INDEX "articles_section_id_published_at_id_idx" ON "articles"("section_id", "published_at" DESC, "id" DESC);
