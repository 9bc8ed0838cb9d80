-- Issue 4, reader site: the article's dateline, full-text search kept current by
-- triggers, and editors' pinned related articles.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "dateline" TEXT NOT NULL DEFAULT '';
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector;

-- Every text run of a stored Tiptap document, in order, as one string.
CREATE FUNCTION "dateline_document_text"(doc jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(t #>> '{}', ' '), '')
  FROM jsonb_path_query(doc, 'strict $.**.text') AS t
$$;

-- Weighted: headline A; standfirst and tag names B; body C.
CREATE FUNCTION "dateline_article_search_vector"(p_id uuid, p_headline text, p_standfirst text, p_body jsonb) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(p_headline, '')), 'A')
      || setweight(to_tsvector('english', coalesce(p_standfirst, '')), 'B')
      || setweight(to_tsvector('english', coalesce((
           SELECT string_agg(t."name", ' ' ORDER BY at."position")
           FROM "article_tags" at JOIN "tags" t ON t."id" = at."tag_id"
           WHERE at."article_id" = p_id), '')), 'B')
      || setweight(to_tsvector('english', "dateline_document_text"(p_body)), 'C')
$$;

CREATE FUNCTION "dateline_articles_search_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" := "dateline_article_search_vector"(NEW."id", NEW."headline", NEW."standfirst", NEW."body");
  RETURN NEW;
END
$$;

CREATE TRIGGER "articles_search_vector_refresh"
BEFORE INSERT OR UPDATE OF "headline", "standfirst", "body", "search_vector" ON "articles"
FOR EACH ROW EXECUTE FUNCTION "dateline_articles_search_trigger"();

-- Re-tagging and renaming a tag change what an article is found by.
CREATE FUNCTION "dateline_article_tags_search_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "articles" SET "search_vector" = NULL WHERE "id" = OLD."article_id";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE "articles" SET "search_vector" = NULL WHERE "id" = NEW."article_id";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "article_tags_search_vector_refresh"
AFTER INSERT OR UPDATE OR DELETE ON "article_tags"
FOR EACH ROW EXECUTE FUNCTION "dateline_article_tags_search_trigger"();

CREATE FUNCTION "dateline_tags_search_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "articles" SET "search_vector" = NULL
  WHERE "id" IN (SELECT "article_id" FROM "article_tags" WHERE "tag_id" = NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "tags_search_vector_refresh"
AFTER UPDATE OF "name" ON "tags"
FOR EACH ROW EXECUTE FUNCTION "dateline_tags_search_trigger"();

-- Backfill existing articles.
UPDATE "articles" SET "search_vector" = NULL;

-- CreateIndex
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- CreateIndex: the publication clock (next and last publication times) for cache lifetimes.
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateTable
CREATE TABLE "related_picks" (
    "article_id" UUID NOT NULL,
    "picked_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "related_picks_pkey" PRIMARY KEY ("article_id","picked_id"),
    CONSTRAINT "related_picks_not_self" CHECK ("article_id" <> "picked_id")
);

-- CreateIndex
CREATE INDEX "related_picks_picked_id_idx" ON "related_picks"("picked_id");

-- AddForeignKey
ALTER TABLE "related_picks" ADD CONSTRAINT "related_picks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "related_picks" ADD CONSTRAINT "related_picks_picked_id_fkey" FOREIGN KEY ("picked_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
