// `npm test`: every suite against a real PostgreSQL and Debian's Chromium.
//   1. a fresh test database (never the development one): on the embedded PostgreSQL,
//      or on the server named by DATABASE_URL / TEST_DATABASE_URL;
//   2. unit and integration tests (Vitest);
//   3. a production build, then the end-to-end tests (Playwright) against the app server (scripts/serve.js).
// Extra arguments go to Playwright, e.g. `npm test -- tests/e2e/publishing`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { loadSettings } from "./lib/settings.ts";
import { provideDatabase, recreateDatabase } from "./lib/database.ts";
import { buildNext, clearPageCache, isBuildStale } from "./lib/next-build.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

const root = path.resolve(import.meta.dirname, "..");
// Overridable so several checkouts can test side by side on one machine.
const TEST_DB = process.env.TEST_DB_NAME ?? "dateline_test";
const E2E_PORT = process.env.E2E_PORT ?? "3100";

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status === 0;
}

async function testDatabaseUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => undefined };
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => undefined }
    : await provideDatabase("postgres", { quiet: true });
  const admin = new URL(server.url);
  admin.pathname = "/postgres";
  await recreateDatabase(admin.toString(), TEST_DB);
  const url = new URL(server.url);
  url.pathname = `/${TEST_DB}`;
  return { url: url.toString(), stop: server.stop };
}

async function main(): Promise<number> {
  loadSettings();
  const database = await testDatabaseUrl();
  try {
    // The same migrations and seed as `npm start`, so the sample article is there to read.
    await prepareDatabase(database.url, { email: "e2e-admin@example.test", password: "e2e admin password not secret" });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: "dateline-test-secret-not-for-production-use-0001",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${E2E_PORT}`,
      // Webhook tests run their receivers on 127.0.0.1 (docs/webhooks.md).
      WEBHOOKS_ALLOW_PRIVATE: "true",
      E2E_PORT,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
    const playwright = path.join(root, "node_modules", "@playwright", "test", "cli.js");
    const only = process.argv.slice(2);
    const ok = [
      () => only.length > 0 || run("Unit and integration tests", process.execPath, [vitest, "run"], env),
      () => {
        if (isBuildStale(root)) buildNext(root, { ...env, NODE_ENV: "production" });
        return true;
      },
      () => {
        clearPageCache(root);
        // Chosen specs run alone: without --no-deps, a "site-wide" spec would first run every
        // "own-data" spec it depends on (playwright.config.ts). `tests/e2e` is the whole
        // suite, in its two groups, as `npm test` runs it.
        const whole = only.length === 1 && /^(\.\/)?tests\/e2e\/?$/.test(only[0]!);
        const args = only.length === 0 || whole ? [] : ["--no-deps", ...only];
        return run("End-to-end tests", process.execPath, [playwright, "test", ...args], env);
      },
    ].every((step) => step());
    return ok ? 0 : 1;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
