import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseEnvironment, settingsSchema } from "../../lib/settings.ts";

// Settings the scripts need before Next starts: the app's own schema (lib/settings.ts),
// so a bad value stops `npm start` before it builds, plus what only the scripts use.
const scriptSettingsSchema = settingsSchema.extend({
  EMBEDDED_PG_PORT: z.coerce.number({ error: "EMBEDDED_PG_PORT must be a number." }).int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  ADMIN_EMAIL: z.string().trim().toLowerCase().email("ADMIN_EMAIL must be an email address.").optional(),
  ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters.").optional(),
  // The browser the bench drives (Debian's package by default).
  CHROMIUM_PATH: z.string().trim().min(1).default("/usr/bin/chromium"),
});

export type ScriptSettings = z.infer<typeof scriptSettingsSchema>;

// Node 20 is past end of life and the libraries Dateline builds on need 22.12 or newer.
const NODE_MIN = [22, 12] as const;

function assertSupportedNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1])) return;
  throw new Error(
    `Dateline needs Node.js ${NODE_MIN.join(".")} or newer (24 LTS recommended); this is ${process.versions.node}.\n` +
      "  npm install -g --prefix ~/node24 node@24   installs Node 24 from the npm registry;\n" +
      "  then put ~/node24/bin first on your PATH and run the command again.",
  );
}

export function loadSettings(): ScriptSettings {
  assertSupportedNode();
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
  const parsed = parseEnvironment(scriptSettingsSchema, process.env);
  if (!!parsed.ADMIN_EMAIL !== !!parsed.ADMIN_PASSWORD) {
    throw new Error("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");
  }
  return parsed;
}

// Sessions must survive a restart, so a generated secret is kept in the data folder.
export function readOrCreateAuthSecret(dataDir = ".data"): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
