import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Tag names are unique regardless of case (and of the punctuation the slug drops).
export async function assertTagNameFree(tx: Tx, name: string, slug: string, exceptId?: string): Promise<void> {
  const clash = await tx.tag.findFirst({
    where: { OR: [{ slug }, { name: { equals: name, mode: "insensitive" } }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (clash) {
    const message = `A tag called “${clash.name}” already exists. Use it, or merge the two.`;
    throw new AppError("CONFLICT", message, { name: [message] });
  }
}

// Two people creating the same tag at once: the unique slug index catches the second.
export function rethrowNameTaken(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
    const message = "A tag with this name was just created by someone else. Reload to see it.";
    throw new AppError("CONFLICT", message, { name: [message] });
  }
  throw error;
}
