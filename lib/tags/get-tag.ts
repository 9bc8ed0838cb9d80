import "server-only";
import { db } from "@/lib/db";

export function getTagBySlug(slug: string) {
  return db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}
