// `npm run import -- <file> [--publish] [--tag NAME]... [--byline EMAIL]`
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadSettings } from "./lib/settings.ts";
import { announceEveryPageExpired } from "../lib/cache/announce-expiry.ts";
import { provideDatabase } from "./lib/database.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { importArticle } from "../lib/articles/import-article.ts";
import { TextImportError } from "../lib/content/import-text.ts";
import { findUserByEmail } from "../lib/users/find-user.ts";
import { disconnectDb } from "../lib/db.ts";

const USAGE = "Usage: npm run import -- <file> [--publish] [--tag NAME]... [--byline EMAIL]...";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { publish: { type: "boolean", default: false }, tag: { type: "string", multiple: true }, byline: { type: "string", multiple: true } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  loadSettings();
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) {
    console.error(`Cannot read ${file}.`);
    return 1;
  }
  const database = await provideDatabase("dateline");
  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url);
    const bylineUserIds: string[] = [];
    for (const email of values.byline ?? []) {
      const user = await findUserByEmail(email);
      if (!user) throw new TextImportError(`No staff member has the email ${email}.`);
      bylineUserIds.push(user.id);
    }
    const article = await importArticle(text, { publish: values.publish ?? false, tags: values.tag ?? [], bylineUserIds, actorId: bylineUserIds[0] ?? null });
    console.log(`Imported "${article.slug}"${values.publish ? ` and published it at /articles/${article.slug}` : " as a draft"}.`);
    // Running app instances keep cached pages: tell them all (one PostgreSQL NOTIFY) to expire them.
    if (values.publish) await announceEveryPageExpired();
    return 0;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof TextImportError ? `Not imported: ${error.message}` : error);
    process.exit(1);
  },
);
