import "server-only";
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/content/slug";

export async function uniqueUserSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "staff";
  const taken = new Set(
    (await tx.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((u) => u.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
