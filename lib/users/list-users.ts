import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffRow = { id: string; name: string; email: string; role: Role; active: boolean; hasPassword: boolean; createdAt: Date };

export async function listUsers(options: { query?: string } = {}): Promise<StaffRow[]> {
  const q = options.query?.trim().slice(0, 100);
  const users = await db.user.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : undefined,
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, createdAt: true },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 200,
  });
  return users.map(({ passwordHash, ...u }) => ({ ...u, hasPassword: passwordHash !== null }));
}
