import { randomBytes } from "node:crypto";
import { createUser } from "@/lib/users/create-user";
import type { Role } from "@/lib/auth/permissions";
import type { ContentDocument } from "@/lib/content/types";

// Each test builds its own people and articles, with unique emails and slugs.
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function makeUser(role: Role, overrides: { name?: string; password?: string } = {}) {
  const suffix = uniqueSuffix();
  const email = `${role.toLowerCase()}-${suffix}@example.test`;
  const password = overrides.password ?? `correct horse ${suffix}`;
  const user = await createUser({ email, name: overrides.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${suffix}`, role, password });
  return { id: user.id, email, password, role, name: overrides.name ?? `${role[0]}${role.slice(1).toLowerCase()} ${suffix}` };
}

export function makeDocument(...paragraphs: string[]): ContentDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

