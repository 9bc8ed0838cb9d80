-- Issue 14: live coverage. An article's coverage window, its entries (one row each, so
-- concurrent posts never collide) and every change to an entry.

-- CreateEnum
CREATE TYPE "LiveEntryChange" AS ENUM ('POST', 'EDIT', 'PIN', 'UNPIN', 'DELETE');

-- CreateTable
CREATE TABLE "live_coverages" (
    "article_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_coverages_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "live_entries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "article_id" UUID NOT NULL,
    "author_id" UUID,
    "headline" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "key_event" BOOLEAN NOT NULL DEFAULT false,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "posted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "live_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_entry_revisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entry_id" UUID NOT NULL,
    "change" "LiveEntryChange" NOT NULL,
    "headline" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "key_event" BOOLEAN NOT NULL,
    "pinned" BOOLEAN NOT NULL,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_entry_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_coverages_starts_at_idx" ON "live_coverages"("starts_at");
CREATE INDEX "live_coverages_ends_at_idx" ON "live_coverages"("ends_at");
CREATE INDEX "live_entries_article_id_posted_at_idx" ON "live_entries"("article_id", "posted_at" DESC);
CREATE INDEX "live_entries_author_id_idx" ON "live_entries"("author_id");
CREATE INDEX "live_entry_revisions_entry_id_created_at_idx" ON "live_entry_revisions"("entry_id", "created_at");
CREATE INDEX "live_entry_revisions_actor_id_idx" ON "live_entry_revisions"("actor_id");

-- AddForeignKey
ALTER TABLE "live_coverages" ADD CONSTRAINT "live_coverages_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "live_entry_revisions" ADD CONSTRAINT "live_entry_revisions_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "live_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "live_entry_revisions" ADD CONSTRAINT "live_entry_revisions_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
