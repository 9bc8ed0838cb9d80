import path from "node:path";
import { migrateDatabase } from "../../lib/db/migrate.ts";
import { seedDatabase } from "../../lib/seed/seed-database.ts";
import { disconnectDb } from "../../lib/db.ts";

export const SAMPLE_ARTICLE = path.resolve(import.meta.dirname, "../../prisma/seed/doha-talks.txt");

// Migrations, then the idempotent seed; prints how to sign in.
export async function prepareDatabase(url: string, admin: { email?: string; password?: string }): Promise<void> {
  process.env.DATABASE_URL = url;
  const migrations = await migrateDatabase(url);
  if (migrations.applied.length) console.log(`Applied migrations: ${migrations.applied.join(", ")}`);
  const seeded = await seedDatabase({ adminEmail: admin.email, adminPassword: admin.password, sampleArticlePath: SAMPLE_ARTICLE }).finally(
    () => disconnectDb(),
  );
  if (seeded.importedSample) console.log("Imported the sample article.");
  if (seeded.createdAdmin?.generatedPassword) {
    console.log(
      [
        "",
        "  A first administrator was created. This password is shown only once:",
        `    Email:    ${seeded.createdAdmin.email}`,
        `    Password: ${seeded.createdAdmin.generatedPassword}`,
        "  Set ADMIN_EMAIL and ADMIN_PASSWORD to add an account you choose.",
        "",
      ].join("\n"),
    );
  } else if (seeded.createdAdmin) {
    console.log(`Created the administrator ${seeded.createdAdmin.email} (password from ADMIN_PASSWORD).`);
  } else {
    console.log("Sign in with your staff account (the first start printed admin@example.com's password). To add an administrator, set ADMIN_EMAIL and ADMIN_PASSWORD.");
  }
}
