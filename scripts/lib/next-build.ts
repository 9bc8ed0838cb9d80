import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.js", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];

// `npm start` builds when there is no production build yet, or when a source file
// is newer than it, so a fresh clone and a `git pull` both just work.
export function isBuildStale(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(root, "public", "assets", "site-css.json"))) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (file: string): boolean => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      if (path.basename(file) === "generated") return false;
      return readdirSync(file).some((entry) => newer(path.join(file, entry)));
    }
    return stat.mtimeMs > builtAt;
  };
  return [...SOURCE_DIRS, ...SOURCE_FILES].map((p) => path.join(root, p)).filter(existsSync).some(newer);
}

export function buildNext(root: string, env: NodeJS.ProcessEnv): void {
  console.log("Building Dateline for production (first start or changed sources; about a minute)…");
  buildSiteStylesheet(root, env);
  const result = spawnSync(process.execPath, [nextBin(root), "build"], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The production build failed; see the messages above.");
}

// The reader pages' stylesheet (scripts/lib/site-css.ts), built before Next.
export function buildSiteStylesheet(root: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "build-site-css.ts")], { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error("Building the reader stylesheet failed; see the messages above.");
}

// The app's HTTP server: Next behind a node:http front that decides the client's
// address (scripts/serve.js). Everything that runs the app starts this, never `next start`.
export function serveScript(root: string): string {
  return path.join(root, "scripts", "serve.js");
}

export function nextBin(root: string): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

// Cached public pages and data fragments on disk were rendered from whatever database
// the last run used, and other instances may have published since: start without them.
// (Pages re-render on their first request.)
export function clearPageCache(root: string): void {
  for (const dir of [".next/server/route-cache", ".next/cache/fetch-cache"]) rmSync(path.join(root, dir), { recursive: true, force: true });
}
