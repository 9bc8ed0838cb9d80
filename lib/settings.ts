// No "server-only" import: instrumentation.ts and proxy.ts load it outside the React
// server bundle. Nothing here reaches a browser (Next inlines only NEXT_PUBLIC_ variables).
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { parseTrustedHops } from "@/lib/http/client-address.js";

// Every setting the app reads, parsed once from the environment with zod, so a bad value
// stops the server at start (instrumentation.ts) with a message naming the variable,
// instead of surfacing as a strange failure on some later request. Every setting and its
// default is described in .env.example. The scripts that run before Next starts
// (scripts/lib/settings.ts) parse this same schema, extended with what only they need
// (the embedded PostgreSQL, the first admin), so `npm start` refuses a bad value before
// it builds anything.

const optionalText = z.string().trim().min(1).optional();

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test." }).default("production"),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must start with postgresql:// (for example postgresql://user:pass@localhost:5432/dateline).")
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: "DATABASE_POOL_SIZE must be a number." }).int().min(1).max(200).default(10),
  PORT: z.coerce.number({ error: "PORT must be a number." }).int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters; generate one with `openssl rand -base64 33`.").optional(),
  AUTH_URL: z.url("AUTH_URL must be a full URL such as https://news.example.com.").optional(),
  // Unset: http://localhost:<PORT> (see siteUrl() in lib/site.ts).
  SITE_URL: z
    .url("SITE_URL must be a full URL such as https://news.example.com.")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  SITE_NAME: z.string().trim().min(1).max(80, "SITE_NAME must be at most 80 characters.").default("Dateline"),
  SITE_TIME_ZONE: z.string().refine(isTimeZone, "SITE_TIME_ZONE must be an IANA time zone such as Europe/London or UTC.").default("UTC"),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const hops = parseTrustedHops(v);
      if (hops !== null) return hops;
      ctx.addIssue({ code: "custom", message: "TRUST_PROXY must be unset or false (no proxy), true, or a number of proxy hops from 1 to 10." });
      return z.NEVER;
    }),
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number({ error: "SMTP_PORT must be a number." }).int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(["true", "false"], { error: "SMTP_SECURE must be true or false." }).optional(),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: optionalText,
  MEDIA_DIR: z.string().trim().min(1).default("uploads"),
  MEDIA_S3_BUCKET: optionalText,
  MEDIA_S3_ENDPOINT: z.url("MEDIA_S3_ENDPOINT must be a full URL such as https://s3.eu-west-1.amazonaws.com.").optional(),
  MEDIA_S3_REGION: z.string().trim().min(1).default("us-east-1"),
  MEDIA_S3_ACCESS_KEY_ID: z.string().default(""),
  MEDIA_S3_SECRET_ACCESS_KEY: z.string().default(""),
  MEDIA_S3_PREFIX: z.string().default("media/"),
  // Webhooks (docs/webhooks.md). Private, loopback and link-local receivers are refused
  // unless this is true: for development and tests only, never in production.
  WEBHOOKS_ALLOW_PRIVATE: z.enum(["true", "false"], { error: "WEBHOOKS_ALLOW_PRIVATE must be true or false." }).default("false").transform((v) => v === "true"),
  // Deliveries one instance sends at once (its webhook queue pool has this many + 2 connections).
  WEBHOOKS_CONCURRENCY: z.coerce.number({ error: "WEBHOOKS_CONCURRENCY must be a number." }).int().min(1).max(50).default(10),
  // false: this instance sends no webhooks (another instance's worker does); changes still queue them.
  WEBHOOKS_WORKER: z.enum(["true", "false"], { error: "WEBHOOKS_WORKER must be true or false." }).default("true").transform((v) => v === "true"),
  // Single sign-on through an OpenID Connect provider (issue 18; docs/passkeys-and-sso.md).
  // Off unless OIDC_ISSUER is set; then the client id, secret and allowed domains are required.
  OIDC_ISSUER: z.url("OIDC_ISSUER must be the provider's issuer URL, such as https://accounts.google.com.").transform((v) => v.replace(/\/+$/, "")).optional(),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const domains = (v ?? "").split(",").map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean);
      if (domains.every((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) && d.length <= 253)) return domains;
      ctx.addIssue({ code: "custom", message: "OIDC_ALLOWED_DOMAINS must be email domains separated by commas, such as example.com,example.org." });
      return z.NEVER;
    }),
  OIDC_BUTTON_LABEL: z.string().trim().min(1).max(60, "OIDC_BUTTON_LABEL must be at most 60 characters.").default("Sign in with single sign-on"),
  OIDC_SCOPES: z.string().trim().min(1).default("openid email profile"),
  OIDC_GROUPS_CLAIM: z.string().trim().min(1).max(100).default("groups"),
  OIDC_GROUP_ROLES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const pairs: { group: string; role: Role }[] = [];
      for (const entry of (v ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
        const at = entry.lastIndexOf("=");
        const group = entry.slice(0, at).trim();
        const role = z.enum(Role).safeParse(entry.slice(at + 1).trim().toUpperCase());
        if (at <= 0 || !group || !role.success) {
          ctx.addIssue({ code: "custom", message: `OIDC_GROUP_ROLES must be group=ROLE pairs separated by commas (roles ${Object.values(Role).join(", ")}); "${entry.slice(0, 80)}" is not.` });
          return z.NEVER;
        }
        pairs.push({ group, role: role.data });
      }
      return pairs;
    }),
  OIDC_DISABLE_PASSWORD_FOR_SSO_USERS: z.enum(["true", "false"], { error: "OIDC_DISABLE_PASSWORD_FOR_SSO_USERS must be true or false." }).default("false"),
});

export type Settings = z.infer<typeof settingsSchema>;

// Parses an environment with a schema; a bad one throws an Error that names every bad variable.
export function parseEnvironment<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  // An empty variable (`SMTP_HOST=` in a .env file) means unset.
  const raw = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === "" ? undefined : value]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  - ${String(issue.path[0] ?? "")}: ${issue.message}`);
  throw new Error(`Dateline's settings are not valid:\n${lines.join("\n")}\nSee .env.example for every setting and its default.`);
}

export function parseSettings(env: Record<string, string | undefined>): Settings {
  const parsed = parseEnvironment(settingsSchema, env);
  const missing = parsed.OIDC_ISSUER
    ? (["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const).filter((key) => !parsed[key]).concat(parsed.OIDC_ALLOWED_DOMAINS.length ? [] : ["OIDC_ALLOWED_DOMAINS" as never])
    : [];
  if (missing.length) {
    throw new Error(`Dateline's settings are not valid:\n${missing.map((key) => `  - ${key}: required when OIDC_ISSUER is set.`).join("\n")}\nSee .env.example for every setting and its default.`);
  }
  return parsed;
}

let current: Settings | undefined;

// The settings of this process, parsed on first use.
export function settings(): Settings {
  current ??= parseSettings(process.env);
  return current;
}

// Tests change the environment between cases; the app never does.
export function reloadSettings(): Settings {
  current = undefined;
  return settings();
}
