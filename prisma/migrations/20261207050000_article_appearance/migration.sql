-- issue-17 item 2: per-article overrides of how the article looks in search results and
-- social cards (NULL: the default, the headline and standfirst). Revisions keep them too,
-- so restoring a version restores them.
ALTER TABLE "articles" ADD COLUMN "seo_title" TEXT;
ALTER TABLE "articles" ADD COLUMN "social_title" TEXT;
ALTER TABLE "articles" ADD COLUMN "social_description" TEXT;
ALTER TABLE "revisions" ADD COLUMN "seo_title" TEXT;
ALTER TABLE "revisions" ADD COLUMN "social_title" TEXT;
ALTER TABLE "revisions" ADD COLUMN "social_description" TEXT;
