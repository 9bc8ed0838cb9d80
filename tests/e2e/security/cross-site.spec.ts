import { expect, test, type Page } from "@playwright/test";
import { makeStaff, signIn, uniqueWord, withDb } from "../support/staff";

// Cross-site request refusal (docs/security.md): server actions and state-changing route
// handlers accept a POST only from a page of this site. A real request from the browser
// is captured (and stopped before it reaches the server), then replayed with the same
// session cookie and a forged Origin, `Origin: null`, no Origin, a spoofed
// X-Forwarded-Host, or a cross-site Sec-Fetch-Site. The database proves nothing changed.

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

async function captureServerAction(page: Page, path: string, submit: () => Promise<void>): Promise<Captured> {
  let resolve!: (value: Captured) => void;
  const captured = new Promise<Captured>((r) => (resolve = r));
  await page.route(`**${path}`, async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    resolve({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
    await route.abort();
  });
  await submit();
  const result = await captured;
  await page.unroute(`**${path}`);
  return result;
}

const forgeries = (own: string): { label: string; headers: Record<string, string> }[] => [
  { label: "a foreign Origin", headers: { Origin: "https://evil.example" } },
  { label: "Origin: null", headers: { Origin: "null" } },
  { label: "no Origin", headers: {} },
  { label: "a foreign Origin with a matching X-Forwarded-Host", headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" } },
  { label: "X-Forwarded-Host spoofed to the attacker, Origin its own", headers: { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http" } },
  { label: "this site's Origin but Sec-Fetch-Site: cross-site", headers: { Origin: own, "Sec-Fetch-Site": "cross-site" } },
  { label: "a sibling subdomain's Origin", headers: { Origin: own.replace("//", "//evil.") } },
];

function replayHeaders(captured: Captured, extra: Record<string, string>): Record<string, string> {
  const keep = ["next-action", "content-type", "accept", "next-router-state-tree"];
  const headers: Record<string, string> = {};
  for (const name of keep) if (captured.headers[name]) headers[name] = captured.headers[name]!;
  return { ...headers, ...extra };
}

async function userName(id: string): Promise<string> {
  return withDb(async (client) => (await client.query(`SELECT name FROM users WHERE id = $1`, [id])).rows[0].name as string);
}

test("a server action refuses forged cross-site requests and accepts the site's own", async ({ page, baseURL }) => {
  const reporter = await makeStaff("REPORTER");
  await signIn(page, reporter);
  await page.goto("/admin/profile");
  const marker = `Captured ${uniqueWord()}`;
  await page.getByLabel("Name").fill(marker);
  const captured = await captureServerAction(page, "/admin/profile", () => page.getByRole("button", { name: "Save profile" }).click());
  expect(await userName(reporter.id)).toBe(reporter.name);

  let refused = 0;
  for (const forgery of forgeries(baseURL!)) {
    const forgedName = `Forged ${uniqueWord()}`;
    const body = Buffer.from(captured.body.toString("latin1").replace(marker, forgedName), "latin1");
    const response = await page.request.fetch(captured.url, { method: "POST", headers: replayHeaders(captured, forgery.headers), data: body, maxRedirects: 0 });
    expect(await userName(reporter.id), `${forgery.label} (answered ${response.status()})`).toBe(reporter.name);
    refused += 1;
  }

  const ownName = `Own ${uniqueWord()}`;
  const body = Buffer.from(captured.body.toString("latin1").replace(marker, ownName), "latin1");
  const response = await page.request.fetch(captured.url, { method: "POST", headers: replayHeaders(captured, { Origin: baseURL! }), data: body, maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await userName(reporter.id)).toBe(ownName);
  console.log(`cross-site server action: ${refused} forged requests refused, 1 same-origin request accepted`);
});

test("a forged sign-out does not end the session", async ({ page, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  await signIn(page, editor);
  const captured = await captureServerAction(page, "/admin", () => page.getByRole("button", { name: "Sign out" }).click());
  for (const forgery of forgeries(baseURL!)) {
    await page.request.fetch(captured.url, { method: "POST", headers: replayHeaders(captured, forgery.headers), data: captured.body, maxRedirects: 0 });
    const admin = await page.request.get("/admin", { maxRedirects: 0 });
    expect(admin.status(), forgery.label).toBe(200);
  }
});

test("state-changing route handlers answer 403 to forged cross-site requests", async ({ page, request, baseURL }) => {
  const editor = await makeStaff("EDITOR");
  const endpoints = [
    { path: "/login/submit", multipart: { email: editor.email, password: editor.password } },
    { path: "/api/uploads", data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]) },
    { path: "/api/media", data: JSON.stringify({ id: "0".repeat(32), alt: "forged", caption: "", credit: "" }) },
  ];
  let refused = 0;
  // Signed out, then signed in (the cookie a forged request would ride on).
  await signIn(page, editor);
  for (const client of [request, page.request]) {
    for (const endpoint of endpoints) {
      for (const forgery of forgeries(baseURL!)) {
        const response = await client.post(endpoint.path, {
          headers: { Accept: "application/json", ...forgery.headers },
          ...(endpoint.multipart ? { multipart: endpoint.multipart } : { data: endpoint.data }),
          maxRedirects: 0,
        });
        expect(response.status(), `${endpoint.path} with ${forgery.label}`).toBe(403);
        refused += 1;
      }
    }
  }
  // The same sign-in from this site's own page goes through.
  const own = await request.post("/login/submit", { headers: { Accept: "application/json", Origin: baseURL! }, multipart: { email: editor.email, password: editor.password } });
  expect(own.status()).toBe(200);
  console.log(`cross-site route handlers: ${refused} forged requests refused with 403`);
});

test("an x-middleware-subrequest header changes nothing", async ({ request }) => {
  const values = ["proxy", "middleware", "proxy:proxy:proxy:proxy:proxy", "middleware:middleware:middleware:middleware:middleware", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware"];
  for (const value of values) {
    const admin = await request.get("/admin", { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
    expect(admin.status(), value).toBeGreaterThanOrEqual(300);
    expect(admin.status(), value).toBeLessThan(400);
    expect(admin.headers()["location"] ?? "", value).toContain("/login");
    const media = await request.get("/api/media", { headers: { "x-middleware-subrequest": value } });
    expect(media.status(), value).toBe(401);
  }
});
