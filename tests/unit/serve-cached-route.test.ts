import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PageCacheHandler from "@/lib/cache/page-cache-handler.js";
import { recordExpiry } from "@/lib/cache/freshness.js";
import { serveCachedRoute } from "@/lib/http/serve-cached-route.js";

// The server front in front of a stand-in for Next: a request the front does not answer
// reaches the stand-in, which says so. The page cache is filled the way Next fills it
// (get, then set with the route's response), under the keys Next uses for route handlers.
const NEXT_ANSWERED = "answered by Next";
const handler = new PageCacheHandler();
let server: http.Server;
let base: string;

const key = (path: string) => `/route-cache/APP_ROUTE/0123abcd/$${path}`;
const html = `<!doctype html><title>Cached</title><p>${"Words a reader came for. ".repeat(100)}</p>`;

async function store(path: string, options: { tags?: string[]; status?: number; contentType?: string; revalidate?: number } = {}) {
  await handler.get(key(path), { kind: "APP_ROUTE" });
  const headers = { "content-type": options.contentType ?? "text/html; charset=utf-8", "x-next-cache-tags": (options.tags ?? ["_N_T_/layout", `_N_T_${path}`]).join(",") };
  await handler.set(key(path), { kind: "APP_ROUTE", status: options.status ?? 200, headers, body: Buffer.from(html) }, { cacheControl: { revalidate: options.revalidate ?? 600, expire: 31_536_000 } });
}

async function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (serveCachedRoute(req, res)) return;
    res.setHeader("x-stand-in", "next");
    res.end(NEXT_ANSWERED);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the server front's cached pages", () => {
  it("answers a fresh cached page with its own headers, the reader headers and Next's", async () => {
    await store("/articles/cached-once");
    const answer = await get("/articles/cached-once");
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(html);
    expect(answer.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=600, stale-while-revalidate=31535400",
      "x-nextjs-cache": "HIT",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
      "content-length": String(Buffer.byteLength(html)),
    });
    expect(answer.headers["x-next-cache-tags"]).toBeUndefined();
  });

  it("gzips for a client that asks, once per page", async () => {
    await store("/tags/compressed");
    const first = await get("/tags/compressed", { "accept-encoding": "gzip, deflate, br" });
    const second = await get("/tags/compressed", { "accept-encoding": "gzip, deflate, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(first.body).toString()).toBe(html);
    expect(second.body.equals(first.body)).toBe(true);
    expect((await get("/tags/compressed", { "accept-encoding": "br" })).headers["content-encoding"]).toBeUndefined();
  });

  it("answers the home page, stored by Next as /index", async () => {
    await store("/index");
    expect((await get("/")).body.toString()).toBe(html);
    expect((await get("/index")).body.toString()).toBe(NEXT_ANSWERED);
  });

  it("leaves a page to Next from the moment one of its tags expires, or its lifetime ends", async () => {
    await store("/sections/world", { tags: ["_N_T_/layout", "section:world"] });
    expect((await get("/sections/world")).body.toString()).toBe(html);
    recordExpiry(["section:world"]);
    expect((await get("/sections/world")).body.toString()).toBe(NEXT_ANSWERED);

    await store("/feed.xml", { contentType: "application/rss+xml; charset=utf-8", tags: [`dateline:ends-at:${Date.now() + 60}`] });
    expect((await get("/feed.xml")).body.toString()).toBe(html);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await get("/feed.xml")).body.toString()).toBe(NEXT_ANSWERED);
  });

  it("leaves to Next what Next would do more with: queries, escapes, other methods, router and action headers, the newsroom, the API", async () => {
    for (const path of ["/admin/cached", "/api/v1/cached", "/login/cached", "/preview/cached", "/articles/plain"]) await store(path);
    expect((await get("/articles/plain")).body.toString()).toBe(html);
    for (const path of ["/admin/cached", "/api/v1/cached", "/login/cached", "/preview/cached", "/articles/plain?x=1", "/articles/plai%6E", "/articles/plain/", "//articles/plain"]) {
      expect((await get(path)).body.toString(), path).toBe(NEXT_ANSWERED);
    }
    for (const headers of <Record<string, string>[]>[{ rsc: "1" }, { "next-action": "abc" }, { "next-router-prefetch": "1" }, { "content-type": "application/x-www-form-urlencoded" }, { "accept-encoding": "gzip;q=0.5, br" }, { "accept-encoding": "deflate" }]) {
      expect((await get("/articles/plain", headers)).body.toString(), JSON.stringify(headers)).toBe(NEXT_ANSWERED);
    }
    const head = await new Promise<http.IncomingHttpHeaders>((resolve) => http.request(`${base}/articles/plain`, { method: "HEAD" }, (res) => resolve(res.headers)).end());
    expect(head["x-stand-in"]).toBe("next");
  });

  it("leaves to Next a type it does not know how Next would compress", async () => {
    await store("/media/odd", { contentType: "application/octet-stream" });
    expect((await get("/media/odd")).body.toString()).toBe(NEXT_ANSWERED);
  });
});
