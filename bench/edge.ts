// Runs nginx with deploy/nginx/dateline.conf in front of a local app, with its own prefix,
// config, cache folder and a high port: never the system's nginx, never port 80.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Edge = { prefix: string; stop: () => Promise<void> };

export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The deploy config with its marked lines pointed at this run's app, port and folders.
 * Without `tls` (a certificate and key), the HTTPS server listens in plain HTTP on
 * `port` (everything else in it unchanged, X-Forwarded-Proto https included); with it,
 * in TLS with that certificate. The HTTP→HTTPS redirect server listens on
 * `redirectPort`, or is left out.
 */
export function renderEdgeConfig(
  root: string,
  options: { upstreamPorts: number[]; port: number; prefix: string; redirectPort?: number; tls?: { certificate: string; key: string } },
): string {
  const redirect = options.redirectPort;
  const tls = options.tls;
  const site = readFileSync(path.join(root, "deploy/nginx/dateline.conf"), "utf8")
    .replace(/^\s*server 127\.0\.0\.1:3000;$/m, options.upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n"))
    .replace("/var/cache/nginx/dateline", path.join(options.prefix, "cache"))
    .replace(/^\s*listen 443 ssl;.*$/m, `    listen 127.0.0.1:${options.port}${tls ? " ssl" : ""};`)
    .replace(/^(\s*ssl_certificate\s+)\S+;$/m, (line, start: string) => (tls ? `${start}${tls.certificate};` : line))
    .replace(/^(\s*ssl_certificate_key\s+)\S+;$/m, (line, start: string) => (tls ? `${start}${tls.key};` : line))
    .replace(/^\s*ssl_.*$\n/gm, (line) => (tls ? line : ""))
    .replace(/^# Plain HTTP only sends browsers to HTTPS\.\nserver \{[^}]*\}\n/m, (block) =>
      redirect ? block.replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${redirect};`) : "",
    );
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  return `${user}worker_processes 1;
daemon off;
pid ${options.prefix}/nginx.pid;
error_log ${options.prefix}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${options.prefix}/client_body;
    proxy_temp_path ${options.prefix}/proxy;
    fastcgi_temp_path ${options.prefix}/fastcgi;
    uwsgi_temp_path ${options.prefix}/uwsgi;
    scgi_temp_path ${options.prefix}/scgi;
    default_type application/octet-stream;
${site}
}
`;
}

export function writeEdgeConfig(
  root: string,
  options: { upstreamPorts: number[]; port: number; redirectPort?: number; tls?: { certificate: string; key: string } },
): { prefix: string; config: string } {
  const prefix = mkdtempSync(path.join(os.tmpdir(), "dateline-edge-"));
  mkdirSync(path.join(prefix, "cache"));
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, renderEdgeConfig(root, { ...options, prefix }));
  return { prefix, config };
}

/** `nginx -t` on the generated config; returns nginx's message. */
export function testEdgeConfig(bin: string, prefix: string, config: string): { ok: boolean; output: string } {
  const result = spawnSync(bin, ["-t", "-p", prefix, "-c", config], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export async function startEdge(options: { upstreamPort: number; port: number; root: string; redirectPort?: number }): Promise<Edge> {
  const bin = nginxBinary();
  if (!bin) throw new Error("--edge needs nginx (Debian: apt-get install -y nginx); NGINX_BIN names another binary.");
  const { prefix, config } = writeEdgeConfig(options.root, { upstreamPorts: [options.upstreamPort], port: options.port, redirectPort: options.redirectPort });
  const check = testEdgeConfig(bin, prefix, config);
  if (!check.ok) throw new Error(`nginx -t refused the generated config:\n${check.output}`);
  const child: ChildProcess = spawn(bin, ["-p", prefix, "-c", config], { stdio: ["ignore", "ignore", "inherit"] });
  const started = Date.now();
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${options.port}/api/health`);
      break;
    } catch {
      if (Date.now() - started > 10_000) throw new Error("nginx did not start; see its messages above.");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    prefix,
    stop: async () => {
      child.kill("SIGQUIT");
      await new Promise((r) => setTimeout(r, 300));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
