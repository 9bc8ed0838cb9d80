import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// A second app server on the same build and database, with its own settings (an https
// SITE_URL, TRUST_PROXY…), started the way `npm start` starts it: scripts/serve.js.
export type SecondServer = { origin: string; stop: () => Promise<void> };

export const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

export async function startSecondServer(env: Record<string, string>, port = SECOND_PORT): Promise<SecondServer> {
  const root = path.resolve(import.meta.dirname, "../../..");
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts/serve.js"), "start", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const origin = `http://localhost:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The second server exited (${child.exitCode}) on port ${port}.`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    // Generous: on a loaded machine a start can take a while. A server that never
    // answered is stopped, never left behind.
    if (Date.now() - started > 120_000) {
      child.kill("SIGTERM");
      throw new Error(`The second server did not start on port ${port}.`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
