-- issue-13: a revision snapshots the article's primary section (id and name at the time),
-- so history shows it and a restore brings it back. No foreign key: the snapshot outlives
-- a deleted section (restore then leaves the section as it is). section_name is '' for
-- "no section"; NULL marks versions written before this, whose restore leaves the section.
ALTER TABLE "revisions" ADD COLUMN "section_id" UUID;
ALTER TABLE "revisions" ADD COLUMN "section_name" TEXT;
