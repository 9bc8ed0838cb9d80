import type { Role } from "@/lib/generated/prisma/enums";

const RANK: Record<Role, number> = { REPORTER: 0, EDITOR: 1, ADMIN: 2 };

// The highest role any of the person's groups maps to, or null when none is mapped.
// Pure, so the mapping is unit-tested (tests/unit/sso-groups.test.ts).
export function roleForGroups(groups: readonly string[], mapping: readonly { group: string; role: Role }[]): Role | null {
  let best: Role | null = null;
  for (const { group, role } of mapping) {
    if (groups.includes(group) && (best === null || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

// The groups claim as a list of strings: providers send an array, some a single string;
// anything else (or an absurdly long list) counts as no groups.
export function readGroups(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value) || value.length > 1000) return [];
  return value.filter((g): g is string => typeof g === "string" && g.length <= 256);
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
