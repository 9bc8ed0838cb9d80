import "server-only";
import { db } from "@/lib/db";

// The current slug of a tag that used to live at `slug` (renamed or merged), if any.
export async function findTagRedirect(slug: string): Promise<string | null> {
  const redirect = await db.tagRedirect.findUnique({ where: { fromSlug: slug }, select: { tag: { select: { slug: true } } } });
  return redirect?.tag.slug ?? null;
}
