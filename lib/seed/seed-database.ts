import "server-only";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { importArticle } from "@/lib/articles/import-article";

export type SeedOptions = { adminEmail?: string; adminPassword?: string; sampleArticlePath?: string; log?: (line: string) => void };

export type SeedResult = { createdAdmin?: { email: string; generatedPassword?: string }; importedSample: boolean };

const SAMPLE_MARK = "seed.sample-article";
const SAMPLE_TAGS = ["Afghanistan", "Diplomacy", "World"];

// Idempotent: safe on every start. Creates the configured admin when missing, a
// first admin with a generated password on an empty database, and imports the
// sample article once (a settings row remembers, so deleting it is final).
export async function seedDatabase(options: SeedOptions): Promise<SeedResult> {
  const result: SeedResult = { importedSample: false };
  const { adminEmail, adminPassword } = options;
  if (adminEmail && adminPassword) {
    const existing = await db.user.findUnique({ where: { email: adminEmail.trim().toLowerCase() } });
    if (!existing) {
      await createUser({ email: adminEmail, name: "Administrator", role: "ADMIN", password: adminPassword });
      result.createdAdmin = { email: adminEmail.trim().toLowerCase() };
    }
  } else if ((await db.user.count()) === 0) {
    const generatedPassword = randomBytes(12).toString("base64url");
    await createUser({ email: "admin@example.com", name: "Administrator", role: "ADMIN", password: generatedPassword });
    result.createdAdmin = { email: "admin@example.com", generatedPassword };
  }

  if (options.sampleArticlePath && !(await db.setting.findUnique({ where: { key: SAMPLE_MARK } }))) {
    const text = await readFile(options.sampleArticlePath, "utf8");
    const desk = await findOrCreateNewsdesk();
    await importArticle(text, { publish: true, tags: SAMPLE_TAGS, bylineUserIds: [desk], actorId: null });
    await db.setting.create({ data: { key: SAMPLE_MARK, value: { importedAt: new Date().toISOString() } } });
    result.importedSample = true;
  }
  return result;
}

// Wire copy carries a desk byline, not a person's: a staff record that cannot sign in.
async function findOrCreateNewsdesk(): Promise<string> {
  const email = "newsdesk@dateline.invalid";
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return existing.id;
  const created = await createUser({ email, name: "Dateline Newsdesk", role: "REPORTER", bio: "Reports from the Dateline news desk and wire services." });
  return created.id;
}
