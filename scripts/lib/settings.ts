import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Settings the scripts need before Next starts, validated once with messages a
// person can act on. The app reads the same variables (see .env.example).

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must start with postgresql:// (for example postgresql://user:pass@localhost:5432/dateline).")
    .optional(),
  PORT: z.coerce.number({ error: "PORT must be a number." }).int().min(1).max(65535).default(3000),
  EMBEDDED_PG_PORT: z.coerce.number({ error: "EMBEDDED_PG_PORT must be a number." }).int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  ADMIN_EMAIL: z.string().trim().toLowerCase().email("ADMIN_EMAIL must be an email address.").optional(),
  ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters.").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters; generate one with `openssl rand -base64 33`.").optional(),
  SITE_URL: z.url("SITE_URL must be a full URL such as https://news.example.com.").optional(),
});

export type ScriptSettings = z.infer<typeof envSchema>;

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
  const raw = Object.fromEntries(Object.entries(process.env).map(([k, v]) => [k, v === "" ? undefined : v]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`Dateline's settings are not valid:\n${lines.join("\n")}\nSee .env.example for every setting and its default.`);
  }
  if (!!parsed.data.ADMIN_EMAIL !== !!parsed.data.ADMIN_PASSWORD) {
    throw new Error("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither.");
  }
  return parsed.data;
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
