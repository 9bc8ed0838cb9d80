// `npm start` / `npm run dev`: provide PostgreSQL (embedded unless DATABASE_URL is
// set), apply migrations and the seed, then run Next behind scripts/serve.js (which
// decides the client's address). Stops the database on exit.
import { spawn } from "node:child_process";
import path from "node:path";
import { loadSettings, readOrCreateAuthSecret } from "./lib/settings.ts";
import { provideDatabase } from "./lib/database.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { buildNext, buildSiteStylesheet, clearPageCache, isBuildStale, serveScript } from "./lib/next-build.ts";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const settings = loadSettings();
  const database = await provideDatabase("dateline");
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  try {
    await prepareDatabase(database.url, { email: settings.ADMIN_EMAIL, password: settings.ADMIN_PASSWORD });
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: settings.AUTH_SECRET ?? readOrCreateAuthSecret(path.join(root, ".data")),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    SITE_URL: settings.SITE_URL ?? `http://localhost:${settings.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (mode === "start" && isBuildStale(root)) {
    try {
      buildNext(root, { ...env, NODE_ENV: "production" });
    } catch (error) {
      await stop(1);
      throw error;
    }
  }

  // In development the reader stylesheet is built once here; restart to pick up new classes.
  if (mode === "dev") buildSiteStylesheet(root, env);
  if (mode === "start") clearPageCache(root);
  console.log(`\nDateline: http://localhost:${settings.PORT}  (sign in at http://localhost:${settings.PORT}/login)`);
  console.log(database.embedded ? `Database: embedded PostgreSQL (${path.relative(root, path.resolve(settings.EMBEDDED_PG_DIR))})\n` : "Database: DATABASE_URL\n");
  const child = spawn(process.execPath, [serveScript(root), mode, "--port", String(settings.PORT)], { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
