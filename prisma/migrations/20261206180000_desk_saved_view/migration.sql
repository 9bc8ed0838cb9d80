-- issue-17: each person's saved view of the newsroom list (lib/users/desk-view.ts).
ALTER TABLE "users" ADD COLUMN "desk_view" TEXT NOT NULL DEFAULT '';
