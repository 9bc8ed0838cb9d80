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
// A name that was renamed or merged away resolves to the tag it now redirects to,
// rather than bringing the old tag back.
export async function ensureTags(tx: Tx, names: readonly string[]): Promise<string[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = tagSlugFor(name);
    if (!wanted.has(slug)) wanted.set(slug, name.trim());
  }
  if (wanted.size === 0) return [];
  const slugs = [...wanted.keys()];
  const redirects = await tx.tagRedirect.findMany({ where: { fromSlug: { in: slugs } }, select: { fromSlug: true, tagId: true } });
  const redirected = new Map(redirects.map((r) => [r.fromSlug, r.tagId]));
  const toCreate = [...wanted].filter(([slug]) => !redirected.has(slug));
  if (toCreate.length > 0) {
    await tx.tag.createMany({ data: toCreate.map(([slug, name]) => ({ slug, name })), skipDuplicates: true });
  }
  const tags = await tx.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idBySlug = new Map(tags.map((t) => [t.slug, t.id]));
  const ids = slugs.map((slug) => redirected.get(slug) ?? idBySlug.get(slug)).filter((id): id is string => !!id);
  return [...new Set(ids)];
}
