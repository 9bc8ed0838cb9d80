import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/content/slug";
import type { Role } from "@/lib/auth/permissions";

export type NewUser = { email: string; name: string; role: Role; password?: string; bio?: string };

export async function createUser(input: NewUser): Promise<{ id: string; email: string }> {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const slug = await uniqueUserSlug(input.name);
  return db.user.create({
    data: { email: input.email.trim().toLowerCase(), name: input.name, role: input.role, passwordHash, slug, bio: input.bio ?? "" },
    select: { id: true, email: true },
  });
}

async function uniqueUserSlug(name: string): Promise<string> {
  const base = slugify(name) || "staff";
  const taken = new Set(
    (await db.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((u) => u.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
