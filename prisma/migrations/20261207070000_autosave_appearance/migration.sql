-- issue 17: an autosave keeps every field an editor types, the dateline and the search and
-- social overrides too ("" cleared by the editor; NULL: an autosave written before this).
ALTER TABLE "autosaves" ADD COLUMN "dateline" TEXT;
ALTER TABLE "autosaves" ADD COLUMN "seo_title" TEXT;
ALTER TABLE "autosaves" ADD COLUMN "social_title" TEXT;
ALTER TABLE "autosaves" ADD COLUMN "social_description" TEXT;
