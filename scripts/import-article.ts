// `npm run import -- <file> [--publish] [--tag NAME]... [--byline EMAIL]`
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadSettings, readOrCreateAuthSecret } from "./lib/settings.ts";
import { INTERNAL_TOKEN_HEADER, internalToken } from "../lib/cache/publication-watch.ts";
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
  const settings = loadSettings();
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
    if (values.publish) await refreshRunningServer(settings.PORT);
    return 0;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

// A server already running on this machine keeps cached pages: ask it to expire them so
// the imported article shows at once. Nothing running is fine.
async function refreshRunningServer(port: number): Promise<void> {
  process.env.AUTH_SECRET ??= readOrCreateAuthSecret();
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/internal/publication-due`, {
      method: "POST",
      headers: { [INTERNAL_TOKEN_HEADER]: internalToken() },
      signal: AbortSignal.timeout(2_000),
    });
    if (response.ok) console.log(`The server on port ${port} refreshed its public pages.`);
  } catch {
    // No server on that port: pages are rendered fresh when it starts.
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof TextImportError ? `Not imported: ${error.message}` : error);
    process.exit(1);
  },
);
