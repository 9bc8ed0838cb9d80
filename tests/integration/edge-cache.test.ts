import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nginxBinary, renderEdgeConfig, startEdge, testEdgeConfig, writeEdgeConfig, type Edge } from "../../bench/edge";

// deploy/nginx/dateline.conf, run for real: its own prefix, config and a high port (never
// the system's nginx or port 80), in front of a stand-in app that counts what reaches it.
const root = new URL("../..", import.meta.url).pathname;
const bin = nginxBinary();

describe("the nginx micro-cache in deploy/", () => {
  it("points the shipped config at the given app instances, port and cache folder", () => {
    const config = renderEdgeConfig(root, { upstreamPorts: [4001, 4002], port: 18080, prefix: "/tmp/edge-x" });
    expect(config).toContain("server 127.0.0.1:4001;");
    expect(config).toContain("server 127.0.0.1:4002;");
    expect(config).toContain("listen 127.0.0.1:18080;");
    expect(config).toContain("proxy_cache_path /tmp/edge-x/cache");
    expect(config).not.toMatch(/listen 80;|\/var\/cache\/nginx/);
    // Addresses are overwritten with what nginx saw, never appended to a client's header.
    expect(config).toContain("proxy_set_header X-Forwarded-For $remote_addr;");
    expect(config).not.toContain("$proxy_add_x_forwarded_for");
  });

  it("terminates TLS and sends plain HTTP to HTTPS in the shipped file", () => {
    const shipped = readFileSync(`${root}deploy/nginx/dateline.conf`, "utf8");
    expect(shipped).toMatch(/^\s*listen 443 ssl;/m);
    expect(shipped).toMatch(/^\s*ssl_certificate\s+\S+;/m);
    expect(shipped).toMatch(/^\s*ssl_certificate_key\s+\S+;/m);
    expect(shipped).toContain("return 301 https://$host$request_uri;");
    expect(shipped).toContain("proxy_set_header X-Forwarded-Proto https;");
  });

  describe.runIf(bin)("with nginx installed", () => {
    const hits = new Map<string, number>();
    const seen = new Map<string, http.IncomingHttpHeaders>();
    let app: http.Server;
    let edge: Edge;
    let base: string;
    let redirectBase: string;

    beforeAll(async () => {
      app = http.createServer((req, res) => {
        const key = `${req.url} ${req.headers.cookie ? "signed-in" : "reader"}`;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        seen.set(req.url ?? "", req.headers);
        setTimeout(() => {
          res.writeHead(req.url?.startsWith("/articles/missing") ? 404 : 200, { "Content-Type": "text/html", "Cache-Control": "s-maxage=600, stale-while-revalidate" });
          res.end(`<p>${req.url} render ${hits.get(key)}</p>`);
        }, 20);
      });
      await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
      const appPort = (app.address() as AddressInfo).port;
      edge = await startEdge({ upstreamPort: appPort, port: appPort + 1, redirectPort: appPort + 2, root });
      base = `http://127.0.0.1:${appPort + 1}`;
      redirectBase = `http://127.0.0.1:${appPort + 2}`;
    });

    afterAll(async () => {
      await edge?.stop();
      app?.close();
    });

    it("passes nginx -t", () => {
      const { prefix, config } = writeEdgeConfig(root, { upstreamPorts: [3000], port: 18081 });
      const result = testEdgeConfig(bin!, prefix, config);
      expect(result.output).toContain("syntax is ok");
      expect(result.ok).toBe(true);
    });

    it("passes nginx -t with its TLS server as shipped (a throwaway certificate in place of yours)", () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "dateline-cert-"));
      try {
        const certificate = path.join(dir, "cert.pem");
        const key = path.join(dir, "key.pem");
        const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", certificate], { encoding: "utf8" });
        expect(made.status, made.stderr).toBe(0);
        const { prefix, config } = writeEdgeConfig(root, { upstreamPorts: [3000], port: 18443, redirectPort: 18082, tls: { certificate, key } });
        expect(readFileSync(config, "utf8")).toMatch(/listen 127\.0\.0\.1:18443 ssl;[\s\S]*ssl_protocols TLSv1\.2 TLSv1\.3;/);
        const result = testEdgeConfig(bin!, prefix, config);
        expect(result.output).toContain("syntax is ok");
        expect(result.ok).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("sends the app at most one request per public page per second, however many readers ask", async () => {
      const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(`${base}/articles/spike`).then((r) => r.text())));
      expect(new Set(answers).size).toBe(1);
      expect(hits.get("/articles/spike reader")).toBe(1);
      await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/articles/missing-slug`)));
      expect(hits.get("/articles/missing-slug reader")).toBe(1);
    });

    it("is fresh again a second later without any purge", async () => {
      expect(await (await fetch(`${base}/articles/fresh`)).text()).toContain("render 1");
      await new Promise((r) => setTimeout(r, 1_100));
      // The first request after the second may get the stale copy while one refresh runs.
      await expect.poll(async () => (await fetch(`${base}/articles/fresh`)).text(), { timeout: 1_000, interval: 50 }).toContain("render 2");
      expect(hits.get("/articles/fresh reader")).toBe(2);
    });

    it("hands the app the address it saw, whatever the client wrote in X-Forwarded-For or X-Real-IP", async () => {
      for (const forged of ["6.6.6.6", "203.0.113.9, 198.51.100.1", "unknown"]) {
        await fetch(`${base}/api/whoami?${encodeURIComponent(forged)}`, {
          headers: { "X-Forwarded-For": forged, "X-Real-IP": forged, "X-Forwarded-Proto": "http" },
        });
        const headers = seen.get(`/api/whoami?${encodeURIComponent(forged)}`);
        expect(headers?.["x-forwarded-for"]).toBe("127.0.0.1");
        expect(headers?.["x-real-ip"]).toBe("127.0.0.1");
        expect(headers?.["x-forwarded-proto"]).toBe("https");
      }
    });

    it("answers plain HTTP with a redirect to HTTPS", async () => {
      const response = await fetch(`${redirectBase}/articles/spike?x=1`, { redirect: "manual" });
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toMatch(/^https:\/\/127\.0\.0\.1(:\d+)?\/articles\/spike\?x=1$/);
    });

    it("never caches the newsroom, the API or signed-in readers", async () => {
      for (let i = 0; i < 3; i++) {
        await fetch(`${base}/admin`);
        await fetch(`${base}/api/media/x`);
        await fetch(`${base}/articles/spike`, { headers: { cookie: "authjs.session-token=abc" } });
      }
      expect(hits.get("/admin reader")).toBe(3);
      expect(hits.get("/api/media/x reader")).toBe(3);
      expect(hits.get("/articles/spike signed-in")).toBe(3);
    });
  });
});
