// `npm run api-key -- create --name NAME [--drafts]` | `revoke <id or dl_ prefix>` | `list`
// For automated set-ups: the key is printed once, on stdout alone (so `KEY=$(npm run -s api-key -- create --name x)` works).
import { parseArgs } from "node:util";
import { loadSettings } from "./lib/settings.ts";
import { provideDatabase } from "./lib/database.ts";
import { migrateDatabase } from "../lib/db/migrate.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../lib/api-keys/manage-api-keys.ts";
import { isAppError } from "../lib/errors.ts";
import { disconnectDb } from "../lib/db.ts";
import { ZodError } from "zod";

const USAGE = `Usage:
  npm run api-key -- create --name NAME [--drafts]   prints the new key once
  npm run api-key -- revoke <key id or dl_ prefix>
  npm run api-key -- list`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, drafts: { type: "boolean", default: false } },
  });
  const [command, target, ...rest] = positionals;
  const valid = (command === "create" && values.name !== undefined && !target) || (command === "revoke" && target && rest.length === 0) || (command === "list" && !target);
  if (!valid) {
    console.error(USAGE);
    return 2;
  }
  loadSettings();
  const database = await provideDatabase("dateline", { quiet: true });
  try {
    process.env.DATABASE_URL = database.url;
    await migrateDatabase(database.url);
    if (command === "create") {
      const created = await createApiKey(null, { name: values.name!, draftsRead: values.drafts ?? false });
      console.error(`Created key “${created.name}” (${created.scopes.join(", ")}), id ${created.id}. It is not shown again:`);
      console.log(created.key);
    } else if (command === "revoke") {
      const isId = /^[0-9a-f-]{36}$/i.test(target!);
      const revoked = await revokeApiKey(null, isId ? { id: target! } : { prefix: target!.slice(0, 11) });
      console.log(`Revoked “${revoked.name}” (${revoked.id}).`);
    } else {
      for (const key of await listApiKeys()) {
        console.log([key.id, `${key.prefix}…`, key.name, key.scopes.join("+"), key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : `last used ${key.lastUsedAt?.toISOString() ?? "never"}`].join("\t"));
      }
    }
    return 0;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isAppError(error)) console.error(error.message);
    else if (error instanceof ZodError) console.error(error.issues.map((i) => i.message).join("\n"));
    else console.error(error);
    process.exit(1);
  },
);
