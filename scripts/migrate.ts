// `npm run db:migrate`: apply committed migrations to DATABASE_URL (or the embedded database).
import { loadSettings } from "./lib/settings.ts";
import { provideDatabase } from "./lib/database.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";

loadSettings();
const database = await provideDatabase("dateline");
try {
  const result = await migrateDatabase(database.url);
  console.log(result.applied.length ? `Applied: ${result.applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
