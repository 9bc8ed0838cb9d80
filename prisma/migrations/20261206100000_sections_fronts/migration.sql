-- Issue 13: sections, each article's primary section, curated fronts and their revisions.

-- CreateEnum
CREATE TYPE "FrontRevisionKind" AS ENUM ('DRAFT', 'PUBLISH', 'SCHEDULE', 'RESTORE');

-- CreateTable
CREATE TABLE "sections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "section_redirects" (
    "from_path" TEXT NOT NULL,
    "section_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "section_redirects_pkey" PRIMARY KEY ("from_path")
);

-- CreateTable
CREATE TABLE "fronts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "section_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fronts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "front_revisions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "front_id" UUID NOT NULL,
    "kind" "FrontRevisionKind" NOT NULL,
    "blocks" JSONB NOT NULL,
    "live_from" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    "author_id" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "front_revisions_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "section_id" UUID;

-- CreateIndex
CREATE INDEX "articles_section_id_published_at_idx" ON "articles"("section_id", "published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "sections_path_key" ON "sections"("path");

-- CreateIndex
CREATE INDEX "sections_parent_id_position_idx" ON "sections"("parent_id", "position");

-- CreateIndex
CREATE INDEX "section_redirects_section_id_idx" ON "section_redirects"("section_id");

-- CreateIndex
CREATE UNIQUE INDEX "fronts_key_key" ON "fronts"("key");

-- CreateIndex
CREATE UNIQUE INDEX "fronts_section_id_key" ON "fronts"("section_id");

-- CreateIndex
CREATE INDEX "front_revisions_front_id_live_from_idx" ON "front_revisions"("front_id", "live_from" DESC);

-- CreateIndex
CREATE INDEX "front_revisions_front_id_created_at_idx" ON "front_revisions"("front_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sections" ADD CONSTRAINT "sections_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "sections"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "section_redirects" ADD CONSTRAINT "section_redirects_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fronts" ADD CONSTRAINT "fronts_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "front_revisions" ADD CONSTRAINT "front_revisions_front_id_fkey" FOREIGN KEY ("front_id") REFERENCES "fronts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "front_revisions" ADD CONSTRAINT "front_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
