// Runs `prisma generate` without Prisma's native schema engine, which the CLI would
// otherwise try to download (it cannot here). Generating the TypeScript client needs
// no engine; the CLI only checks that the file exists.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts", "no-schema-engine.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
