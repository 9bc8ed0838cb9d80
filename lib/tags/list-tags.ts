import "server-only";
import { db } from "@/lib/db";

export type TagSummary = { id: string; name: string; slug: string };

export function listTags(): Promise<TagSummary[]> {
  return db.tag.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } });
}
