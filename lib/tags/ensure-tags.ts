import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/content/slug";

export function tagSlugFor(name: string): string {
  const slug = slugify(name, 60);
  if (slug) return slug;
  // Names in scripts without a Latin transliteration still need a stable URL.
  return `tag-${createHash("sha256").update(name.toLowerCase()).digest("hex").slice(0, 10)}`;
}

// Returns tag ids in the order given, creating tags that do not exist yet. Names that
// differ only in case (or punctuation) share a slug, so they resolve to the same tag.
export async function ensureTags(tx: Tx, names: readonly string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = tagSlugFor(name);
    if (!wanted.has(slug)) wanted.set(slug, name.trim());
  }
  if (wanted.size === 0) return [];
  await tx.tag.createMany({
    data: [...wanted].map(([slug, name]) => ({ slug, name })),
    skipDuplicates: true,
  });
  const tags = await tx.tag.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true } });
  const idBySlug = new Map(tags.map((t) => [t.slug, t.id]));
  return [...wanted.keys()].map((slug) => idBySlug.get(slug)).filter((id): id is string => !!id);
}
